/** Texts of `MyTickets`. */
export const myTicketsMessages = {
  myTicketsTitle: 'My tickets',
  myTicketsOthersNotListed:
    'Only tickets you created are listed. Tickets created by other people in your organization ' +
    'are not visible here, because the helpdesk shows each person only their own tickets.',
  myTicketsFilterLabel: 'Status',
  myTicketsFilterAll: 'All',
  myTicketsSearchLabel: 'Search tickets',
  myTicketsSearchPlaceholder: 'Key or title',
  myTicketsRefresh: 'Refresh',
  myTicketsLoadMore: 'Load more',
  myTicketsLoadingMore: 'Loading more tickets…',
  myTicketsLoadingList: 'Loading your tickets…',
  myTicketsLoadFailed: 'Your tickets could not be loaded.',
  myTicketsLoadMoreFailed: 'More tickets could not be loaded.',
  myTicketsColumnKey: 'Key',
  myTicketsColumnTitle: 'Title',
  myTicketsColumnType: 'Type',
  myTicketsColumnCategory: 'Category',
  myTicketsColumnStatus: 'Status',
  myTicketsColumnUpdated: 'Last update',
  myTicketsUpdatedMarker: 'Updated',
  myTicketsUpdatedMarkerDescription: 'Changed since you last opened it',
  myTicketsEmptyTitle: 'No tickets yet',
  myTicketsEmptyAdmin:
    'Tickets you create appear here, with their status and the replies of the support team.',
  myTicketsEmptyMember:
    'Only admins and account admins can create support tickets. Ask your admin to create one ' +
    'if you need help from the support team.',
  myTicketsCreateTicket: 'Create a ticket',
  myTicketsNoMatch: 'No tickets match this status or search.',
  myTicketsResultCount: (p: { count: number; more: boolean }) => {
    if (p.count === 0) {
      return 'No tickets found';
    }

    const tickets = p.count === 1 ? '1 ticket' : `${p.count} tickets`;

    return p.more ? `${tickets} shown, more can be loaded` : `${tickets} found`;
  },
  myTicketsBack: 'Back to my tickets',
  myTicketsLoadingTicket: 'Loading the ticket…',
  myTicketsTicketLoadFailed: 'The ticket could not be loaded.',
  myTicketsNotFound:
    'This ticket does not exist, or it belongs to someone else. You can only see tickets you ' +
    'created.',
  myTicketsForbidden: 'You do not have permission to see this ticket.',
  myTicketsCreatedAt: (p: { date: string }) => `Created ${p.date}`,
  myTicketsUpdatedAt: (p: { date: string }) => `Last update ${p.date}`,
  myTicketsDescription: 'Description',
  myTicketsNoDescription: 'No description.',
  myTicketsAttachments: 'Attachments',
  myTicketsAttachmentOpens: 'opens in a new tab',
  myTicketsComments: 'Comments',
  myTicketsNoComments: 'No comments yet. The support team replies here.',
  myTicketsSupportTeam: 'Support team',
  myTicketsStatus: 'Status',
  myTicketsStatusHistory: 'Status history',
  myTicketsStatusAndParticipants: 'Status and participants',
  myTicketsReviewNote:
    'A customer success manager reviews your ticket first and may escalate it to another team.',
  myTicketsReplyLabel: 'Reply',
  myTicketsReplyHint:
    'The support team and the participants get an e-mail. Press Ctrl+Enter or ⌘+Enter to send.',
  myTicketsReplySend: 'Send reply',
  myTicketsReplySending: 'Sending…',
  myTicketsReplySent: 'Reply sent.',
  myTicketsReplyRequired: 'Reply is required',
  myTicketsReplyTooLong: (p: { max: number }) => `Reply must be ${p.max} characters or fewer`,
  myTicketsReplyCounter: (p: { count: number; max: number }) => `${p.count} of ${p.max} characters`,
  myTicketsReplyFailed: 'Your reply was not sent. Your text is kept.',
  myTicketsRepliesClosed:
    'This ticket takes no more replies. Create a new ticket if you need more help.',
  myTicketsRepliesClosedWithDraft:
    'This ticket was closed while you were writing, so your reply cannot be sent. Copy it into ' +
    'a new ticket if you still need help.',
  myTicketsParticipants: 'Participants',
  myTicketsParticipantsHint: 'Colleagues added here get an e-mail on every update of this ticket.',
  myTicketsNoParticipants: 'No participants yet.',
  myTicketsParticipantEmailLabel: 'Colleague’s e-mail',
  myTicketsParticipantAdd: 'Add',
  myTicketsParticipantAdding: 'Adding…',
  myTicketsParticipantAdded: (p: { email: string }) => `${p.email} was added.`,
  myTicketsParticipantRemove: (p: { name: string }) => `Remove ${p.name}`,
  myTicketsParticipantRemoved: (p: { email: string }) => `${p.email} was removed.`,
  myTicketsParticipantEmailRequired: 'E-mail address is required',
  myTicketsParticipantEmailInvalid: 'E-mail address is invalid. Use the form name@example.com',
  myTicketsParticipantIsYou: 'You already get updates on your own ticket',
  myTicketsParticipantDuplicate: (p: { email: string }) => `${p.email} is already a participant`,
  myTicketsParticipantFailed: 'The participant could not be added.',
  myTicketsParticipantRemoveFailed: 'The participant could not be removed.',
  myTicketsReporter: 'Reported by',
  myTicketsListRenderFailed: 'Your tickets could not be shown.',
  myTicketsTicketRenderFailed: 'This ticket could not be shown.',
  myTicketsReplyAttach: 'Attach files',
  myTicketsReplyFilesHint: (p: { maxFiles: number; maxFileSize: string }) =>
    (p.maxFiles === 1
      ? `One file of at most ${p.maxFileSize}.`
      : `Up to ${p.maxFiles} files of at most ${p.maxFileSize} each.`) +
    ' You can also paste a screenshot into the reply.',
  myTicketsReplyFiles: 'Files to send',
  myTicketsReplyFilesAdded: (p: { count: number }) =>
    p.count === 1 ? '1 file attached.' : `${p.count} files attached.`,
  myTicketsReplyRemoveFile: (p: { name: string }) => `Remove ${p.name}`,
  myTicketsReplyFileRemoved: (p: { name: string }) => `${p.name} was removed.`,
  myTicketsReplyRejectedFiles: 'Not attached',
  myTicketsReplyFileTooLarge: (p: { maxFileSize: string }) =>
    `File is too large. Files can be at most ${p.maxFileSize}.`,
  myTicketsReplyFileTypeRejected: (p: { accepted: string }) =>
    `File type is not accepted. Accepted types: ${p.accepted}.`,
  myTicketsReplyTooManyFiles: (p: { maxFiles: number }) =>
    p.maxFiles === 1
      ? 'Too many files. A reply can have at most 1 file.'
      : `Too many files. A reply can have at most ${p.maxFiles} files.`,
  myTicketsReplyFileDuplicate: 'File is already attached.',
  myTicketsReplyFileEmpty: 'File is empty. Files must be at least 1 byte.',
  myTicketsReplyDismissRejected: 'Dismiss',
  myTicketsReplyFailedWithFiles: 'Your reply was not sent. Your text and files are kept.',
  myTicketsNoneLoadedYet: 'No tickets found on the pages loaded so far. More may follow.',
};
