import { countCharacters } from '../../utils/text';
import { TicketClientError } from '../errors';
import type { FormOptions, TicketDraft } from '../types';
import { checkAttachments } from './attachments';

const numberFormat = new Intl.NumberFormat('en-US');

/** Message for text over its limit: "Title must be 120 characters or fewer". */
function tooLongMessage(field: string, maxLength: number): string {
  return `${field} must be ${numberFormat.format(maxLength)} characters or fewer`;
}

/** Returns user-facing messages for the fields of a draft that break the form's rules. */
export function validateDraft(draft: TicketDraft, form: FormOptions): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = typeof draft.title === 'string' ? draft.title.trim() : '';
  const description = typeof draft.description === 'string' ? draft.description.trim() : '';

  if (!form.ticketTypes.includes(draft.type)) {
    errors.type = 'Choose a ticket type';
  }

  if (title === '') {
    errors.title = 'Enter a title';
  } else if (countCharacters(title) > form.limits.titleMaxLength) {
    errors.title = tooLongMessage('Title', form.limits.titleMaxLength);
  }

  if (!form.categories.some((category) => category.id === draft.categoryId)) {
    errors.categoryId = 'Choose a category from the list';
  }

  if (countCharacters(description) > form.limits.descriptionMaxLength) {
    errors.description = tooLongMessage('Description', form.limits.descriptionMaxLength);
  }

  const attachmentError = checkAttachments(draft.attachments ?? [], form.attachments);

  if (attachmentError !== undefined) {
    errors.attachments = attachmentError;
  }

  return errors;
}

/** Returns the trimmed comment body, or throws `invalid` with `fieldErrors.body`. */
export function validateCommentBody(body: unknown, maxLength: number): string {
  const trimmed = typeof body === 'string' ? body.trim() : '';

  if (trimmed === '') {
    throw invalid('Comment body is empty', { body: 'Enter a comment' });
  }

  if (countCharacters(trimmed) > maxLength) {
    throw invalid('Comment body is too long', { body: tooLongMessage('Comment', maxLength) });
  }

  return trimmed;
}

/** Shape of an address: something before the @, and a domain of dot-separated labels. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Trims an e-mail address and lowercases its domain, which is case-insensitive; the local part
 * keeps its case. Returns undefined when the address has no valid shape.
 */
export function normalizeEmail(email: unknown): string | undefined {
  if (typeof email !== 'string') {
    return undefined;
  }

  const trimmed = email.trim();

  if (!EMAIL_PATTERN.test(trimmed)) {
    return undefined;
  }

  const at = trimmed.lastIndexOf('@');

  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/** Returns true when two addresses name the same mailbox, ignoring case as most providers do. */
export function isSameEmail(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Creates an `invalid` error with user-facing messages keyed by field. */
export function invalid(message: string, fieldErrors: Record<string, string>): TicketClientError {
  return new TicketClientError('invalid', { message, fieldErrors });
}

/** Creates the `not-found` error for a ticket the user may not see or that does not exist. */
export function ticketNotFound(ticketId: string): TicketClientError {
  return new TicketClientError('not-found', {
    message: `Ticket ${JSON.stringify(ticketId)} was not found`,
  });
}
