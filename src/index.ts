export { HelpMenu } from './help-menu';
export type { HelpMenuProps } from './help-menu';
export { CreateTicketDialog } from './create-ticket-dialog';
export type {
  CreateTicketDefaultValues,
  CreateTicketDialogProps,
  DraftStorage,
} from './create-ticket-dialog';
export { MyTickets, useUpdatedTicketCount } from './my-tickets';
export type { MyTicketsProps, UpdatedTicketCountOptions } from './my-tickets';
export { SupportProvider } from './provider';
export type { SupportProviderProps, SupportSettings } from './provider';
export {
  TicketClientError,
  isAbortError,
  isTicketClientError,
  toTicketClientError,
} from './client';
export type {
  AttachmentRules,
  CommentInput,
  CreateTicketOptions,
  CreatedTicket,
  FeatureCategory,
  FormOptions,
  HelpArticle,
  Participant,
  Person,
  RequestOptions,
  StatusCategory,
  StatusChange,
  TextLimits,
  TicketAccess,
  TicketAttachment,
  TicketClient,
  TicketClientErrorCode,
  TicketClientErrorOptions,
  TicketComment,
  TicketDetail,
  TicketDraft,
  TicketPage,
  TicketQuery,
  TicketStatus,
  TicketSummary,
  TicketType,
  UploadAttachmentOptions,
  UploadProgress,
  UploadedAttachment,
  UserRole,
} from './client';
export { createMemoryTicketClient } from './client/memory';
export type { MemoryTicketClient, MemoryTicketClientOptions } from './client/memory';
export { defaultMessages } from './messages';
export type { SupportMessages } from './messages';
