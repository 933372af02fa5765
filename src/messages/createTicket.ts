/** Texts of `CreateTicketDialog`. */
export const createTicketMessages = {
  createTicketTitle: 'Create support ticket',
  createTicketDescription:
    'Your Customer Success Manager reviews each ticket first and may pass it on to the relevant team.',
  createTicketHelpFirst:
    'Check the Help Center or ask the AI helpbot first. Repeated tickets about questions answered there can lead to loss of access to tickets.',
  createTicketHelpCenterFirst:
    'Check the Help Center first. Repeated tickets about questions answered there can lead to loss of access to tickets.',
  createTicketHelpbotFirst:
    'Ask the AI helpbot first. Repeated tickets about questions it answers can lead to loss of access to tickets.',
  createTicketOpenHelpCenter: 'Open the Help Center',
  createTicketOpenHelpbot: 'Ask the AI helpbot',
  createTicketOpensInNewTab: '(opens in a new tab)',

  createTicketMemberNotice:
    'Only admins and account admins can create support tickets. Ask your admin to create one for you.',
  createTicketCheckingAccess: 'Checking your access to support tickets…',
  createTicketAccessDisabled:
    'Support tickets are turned off for your account, so you cannot create one here.',
  createTicketAccessNotEnabled:
    'Support tickets are not available for your account yet. They are being turned on for accounts gradually.',
  createTicketAccessCheckFailed: 'Your access to support tickets could not be checked.',
  createTicketLoadingOptions: 'Loading the ticket form…',
  createTicketOptionsFailed: 'The ticket form could not be loaded.',
  createTicketRenderFailed:
    'The ticket form could not be shown because the support service sent data in an unexpected form.',

  createTicketTypeLabel: 'Ticket type',
  createTicketTitleLabel: 'Title',
  createTicketTitleHint: 'Summarize the request in a few words.',
  createTicketCharacterCount: (p: { count: number; max: number }) =>
    `${p.count} of ${p.max} characters`,
  createTicketCategoryLabel: 'Feature category',
  createTicketCategoryHint: 'Choose the best match. If none fits, choose Other.',
  createTicketCategoryPlaceholder: 'Choose a category',
  createTicketOtherCategoryLabel: 'Area (optional)',
  createTicketOtherCategoryHint: 'Name the part of the product in a few words.',
  createTicketDescriptionLabel: 'Description',
  createTicketDescriptionHintBug:
    'List the steps that lead to the problem, what you expected, what happened instead and any error message.',
  createTicketDescriptionPlaceholderBug:
    'Steps: 1. Open … 2. Select …\nExpected: …\nWhat happened: …\nError message: …',
  createTicketDescriptionHintServiceRequest:
    'Say what you need, for whom, and by when you need it.',
  createTicketDescriptionPlaceholderServiceRequest: 'What I need: …\nNeeded by: …',
  createTicketDescriptionHintFeature:
    'Describe the problem the feature would solve and how you work around it today.',
  createTicketDescriptionPlaceholderFeature: 'The problem: …\nHow I work around it today: …',

  createTicketTypeRequired: 'Choose a ticket type.',
  createTicketTitleRequired: 'Enter a title.',
  createTicketTitleTooLong: (p: { max: number }) =>
    `Title is too long. It can be at most ${p.max} characters.`,
  createTicketCategoryRequired: 'Choose a feature category.',
  createTicketOtherCategoryTooLong: (p: { max: number }) =>
    `Area is too long. It can be at most ${p.max} characters.`,
  createTicketDescriptionRequired: 'Enter a description.',
  createTicketDescriptionTooLong: (p: { max: number }) =>
    `Description is too long. It can be at most ${p.max} characters.`,
  createTicketTitleCut: (p: { max: number }) =>
    `Pasted or typed text was cut because the title can be at most ${p.max} characters.`,
  createTicketOtherCategoryCut: (p: { max: number }) =>
    `Pasted or typed text was cut because the area can be at most ${p.max} characters.`,
  createTicketDescriptionCut: (p: { max: number }) =>
    `Pasted or typed text was cut because the description can be at most ${p.max} characters.`,
  createTicketErrorSummary: (p: { count: number }) =>
    p.count === 1
      ? 'The ticket was not created: 1 field needs attention.'
      : `The ticket was not created: ${p.count} fields need attention.`,

  createTicketAttachmentsLabel: 'Attachments (optional)',
  createTicketAttachmentsHint: (p: { maxFiles: number; maxFileSize: string }) =>
    `Files or screenshots that show the issue: up to ${p.maxFiles} files of at most ${p.maxFileSize} each.`,
  createTicketDropzone: 'Drop files here, paste a screenshot, or choose files',
  createTicketDropzoneActive: 'Drop the files to attach them',
  createTicketRemoveAttachment: (p: { name: string }) => `Remove ${p.name}`,
  createTicketFileTooLarge: (p: { maxFileSize: string }) =>
    `File is too large. Files can be at most ${p.maxFileSize}.`,
  createTicketFileTypeRejected: (p: { accepted: string }) =>
    `File type is not accepted. Accepted types: ${p.accepted}.`,
  createTicketTooManyFiles: (p: { maxFiles: number }) =>
    `Too many files. A ticket can have at most ${p.maxFiles} files.`,
  createTicketFileDuplicate: 'File is already attached.',
  createTicketFileEmpty: 'File is empty. Files must be at least 1 byte.',
  createTicketRejectedFiles: 'Not attached',
  createTicketDismissNotices: 'Dismiss',
  createTicketUploading: (p: { percent: number }) => `Uploading: ${p.percent}%`,
  createTicketUploadFailed: 'Upload failed.',
  createTicketCancelUpload: (p: { name: string }) => `Cancel upload of ${p.name}`,
  createTicketRetryUpload: (p: { name: string }) => `Retry upload of ${p.name}`,
  createTicketWaitingForUploads: 'Wait until the files are uploaded.',
  createTicketFailedUploads: 'Retry or remove the files that failed to upload.',

  createTicketSubmit: 'Create ticket',
  createTicketSubmitting: 'Creating…',
  createTicketCancelCreation: 'Stop',
  createTicketCreationCancelled:
    'Creation was stopped. If the ticket was created anyway, creating it again returns that same ticket.',
  createTicketMayAlreadyExist:
    'The earlier attempt may have created a ticket with the earlier text. Check My tickets before you create it again, because creating it now can make a second ticket.',
  createTicketAttachmentsLost: (p: { count: number }) =>
    p.count === 1
      ? '1 file was attached before the page reloaded. Attach it again:'
      : `${p.count} files were attached before the page reloaded. Attach them again:`,
  createTicketRetryIn: (p: { seconds: number }) => `Retry in ${p.seconds} s`,
  createTicketSignInAgain: 'Your draft is kept: after you sign in again, select Retry.',
  createTicketServerErrors: 'The support service did not accept the ticket:',

  createTicketCreatedHeading: 'Ticket created',
  createTicketCreatedKey: 'Your ticket:',
  createTicketCreatedEmail:
    'You will receive a confirmation e-mail with a link to the ticket. Replies and status changes also arrive by e-mail, and you answer by adding comments to the ticket.',
  createTicketFirstTicketNotice:
    'This is your first ticket, so a second e-mail asks you to create a support-portal account. You need it to follow and manage your tickets: save the login details.',
  createTicketCreateAnother: 'Create another',
  createTicketDone: 'Done',

  createTicketDiscardHeading: 'Discard this draft?',
  createTicketDiscardText: 'Your ticket is not created yet. You can keep the draft for later.',
  createTicketKeepEditing: 'Keep editing',
  createTicketKeepDraft: 'Keep draft and close',
  createTicketDiscardDraft: 'Discard draft',

  createTicketSuggestionsHeading: 'These articles may answer your question',
};
