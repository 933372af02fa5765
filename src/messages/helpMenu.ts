/** Texts of `HelpMenu`. */
export const helpMenuMessages = {
  helpMenuTrigger: 'Help and support',
  helpMenuTriggerWithUpdates: (p: { count: number }) =>
    p.count === 1
      ? 'Help and support, 1 updated ticket'
      : `Help and support, ${p.count} updated tickets`,
  helpMenuHelpbot: 'AI helpbot',
  helpMenuHelpbotDescription: 'Instant answers to common questions',
  helpMenuHelpCenter: 'Help Center',
  helpMenuHelpCenterDescription: 'Guides and how-tos, in a new tab',
  helpMenuCreateTicket: 'Create support ticket',
  helpMenuCreateTicketDescription: 'Ask our support team for help',
  helpMenuMyTickets: 'My tickets',
  helpMenuMyTicketsDescription: 'Follow and reply to your requests',
  helpMenuDialogLoadFailed:
    'The ticket form could not be loaded. Check your connection, then try again or reload the page.',
};
