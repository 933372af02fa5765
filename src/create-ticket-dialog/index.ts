export { CreateTicketDialog } from './CreateTicketDialog';
export type {
  CreateTicketDefaultValues,
  CreateTicketDialogProps,
  DraftStorage,
  UploadAttachmentOptions,
  UploadedAttachment,
  UploadingTicketClient,
  UploadProgress,
} from './types';
