export { CreateTicketDialog } from './CreateTicketDialog';
export type { CreateTicketDefaultValues, CreateTicketDialogProps, DraftStorage } from './types';
