export { CreateTicketDialog } from './CreateTicketDialog';
export type {
  AttachmentEntry,
  AttachmentUpload,
  CreateTicketDefaultValues,
  CreateTicketDialogProps,
  DraftStorage,
  DraftValues,
  UploadAttachmentOptions,
  UploadedAttachment,
  UploadingTicketClient,
  UploadProgress,
} from './types';
