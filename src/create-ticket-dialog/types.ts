import type { ReactElement } from 'react';
import type { CreatedTicket, TicketType } from '../client/types';
import type { SupportSettings } from '../provider/SupportContext';

/** Values of the ticket form's text fields, as typed; `type` is '' until one is chosen. */
export interface DraftValues {
  type: TicketType | '';
  title: string;
  categoryId: string;
  otherCategory: string;
  description: string;
}

/** Values a host can fill in before the user sees the form. */
export interface CreateTicketDefaultValues {
  type: TicketType;
  title: string;
  categoryId: string;
  description: string;
}

/** Storage that keeps drafts' text fields across page reloads; `sessionStorage` has this shape. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Upload state of one attached file, when the client uploads files on add. */
export type AttachmentUpload =
  | { status: 'uploading'; loaded: number; total: number }
  | { status: 'uploaded'; attachmentId: string }
  | { status: 'failed'; message: string };

/** One attached file of a draft. */
export interface AttachmentEntry {
  /** Stable identifier for the list, unique in the draft. */
  id: string;
  file: File;
  upload?: AttachmentUpload;
}

/** Props of `CreateTicketDialog`. */
export interface CreateTicketDialogProps extends SupportSettings {
  /** Whether the dialog is open; pass it with `onOpenChange` to control the dialog. */
  open?: boolean;
  /** Whether the dialog is open at first, when `open` is not given. @default false */
  defaultOpen?: boolean;
  /** Called with the new open state when the user or the dialog opens or closes it. */
  onOpenChange?: (open: boolean) => void;
  /** Called once for each ticket created. */
  onCreated?: (ticket: CreatedTicket) => void;
  /** Values the form starts with, unless a saved draft has its own. */
  defaultValues?: Partial<CreateTicketDefaultValues>;
  /** Address of the Help Center, linked (in a new tab) above the form. */
  helpCenterUrl?: string;
  /** Opens the host's AI helpbot; without it the dialog offers no helpbot button. */
  onOpenHelpbot?: () => void;
  /** Element that opens the dialog when activated, such as a button. */
  trigger?: ReactElement;
  /**
   * Called when focus moves out of the closing dialog; call `event.preventDefault()` to focus
   * something yourself. @default focus returns to the trigger, or to what had focus on opening
   */
  onCloseAutoFocus?: (event: Event) => void;
  /**
   * Name of the draft this dialog edits; dialogs with the same key and `client` share it. Pass one
   * key per signed-in user, such as their user id, because the text of a draft is kept in
   * `draftStorage` and comes back after a reload. Drafts in memory are kept per `client` object,
   * so create the client once per signed-in user, not on every render. @default 'default'
   */
  draftKey?: string;
  /**
   * Keeps drafts' text fields across reloads; null keeps them in this page only.
   * @default window.sessionStorage
   */
  draftStorage?: DraftStorage | null;
}
