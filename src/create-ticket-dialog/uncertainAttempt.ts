import type { TicketClientError, TicketClientErrorCode } from '../client/errors';
import { fileIdentity } from '../utils/attachmentRules';
import { createIdempotencyKey, type DraftAttempt, type DraftEntry } from './draftStore';
import type { AttachmentEntry, DraftValues } from './types';
import type { DraftChange } from './useDraft';

/**
 * Failures after which the backend may still have created the ticket, because the request may
 * have reached it before the connection or the wait ended. A stopped request is uncertain too, and
 * keeps its attempt because it never reaches `settleFailure`.
 */
const UNCERTAIN_CODES: ReadonlySet<TicketClientErrorCode> = new Set([
  'network',
  'timeout',
  'unavailable',
  'unknown',
]);

/** Returns what an attempt sends, for comparing with later edits. */
function attemptOf(values: DraftValues, attachments: AttachmentEntry[]): DraftAttempt {
  // An unchecked radio group reads as null, so each value falls back to ''.
  const sent: DraftValues = {
    type: values.type ?? '',
    title: values.title ?? '',
    categoryId: values.categoryId ?? '',
    otherCategory: values.otherCategory ?? '',
    description: values.description ?? '',
  };

  return { values: sent, files: attachments.map(({ file }) => fileIdentity(file)) };
}

/** Returns true when a field or the attached files differ from those of `attempt`. */
function changedSince(
  attempt: DraftAttempt,
  values: DraftValues,
  attachments: AttachmentEntry[],
): boolean {
  const names = Object.keys(attempt.values) as Array<keyof DraftValues>;
  const files = attachments.map(({ file }) => fileIdentity(file));

  return (
    names.some((name) => (values[name] ?? '').trim() !== (attempt.values[name] ?? '').trim()) ||
    files.join('\u0000') !== attempt.files.join('\u0000')
  );
}

/**
 * Chooses the idempotency key of each attempt after one whose outcome is unknown. The same key
 * makes a retry return the ticket the backend may have created, with the text as first sent. So
 * when the user changed the draft since, `changed` is true for the form to warn about it, and
 * `keyForAttempt` returns a new key, because the user sends the new text after that warning.
 */
export function useUncertainAttempt(
  entry: DraftEntry,
  values: DraftValues,
  save: (change: DraftChange) => void,
) {
  const changed =
    entry.lastAttempt !== undefined && changedSince(entry.lastAttempt, values, entry.attachments);

  /** Records the attempt about to be sent and returns the key to send it with. */
  function keyForAttempt(): string {
    const idempotencyKey = changed ? createIdempotencyKey() : entry.idempotencyKey;

    save({ idempotencyKey, lastAttempt: attemptOf(values, entry.attachments) });

    return idempotencyKey;
  }

  /** Forgets the attempt sent with `idempotencyKey` once a failure shows that it created nothing. */
  function settleFailure(error: TicketClientError, idempotencyKey: string) {
    if (!UNCERTAIN_CODES.has(error.code)) {
      save((current) =>
        current.idempotencyKey === idempotencyKey ? { lastAttempt: undefined } : null,
      );
    }
  }

  return { changed, keyForAttempt, settleFailure };
}
