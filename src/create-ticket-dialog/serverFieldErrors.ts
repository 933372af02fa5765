import type { UseFormReturn } from 'react-hook-form';
import type { TicketClientError } from '../client/errors';
import type { DraftValues } from './types';

/** Form fields in the order they appear, for focusing the first invalid one. */
const FIELD_ORDER = ['type', 'title', 'categoryId', 'otherCategory', 'description'] as const;

type FieldName = (typeof FIELD_ORDER)[number];

function isFieldName(name: string): name is FieldName {
  return (FIELD_ORDER as readonly string[]).includes(name);
}

/**
 * Puts the `fieldErrors` of an `invalid` error on their fields and focuses the first of them.
 * Returns the messages of keys that name no field of the form, such as `attachments`.
 */
export function applyServerFieldErrors(
  form: UseFormReturn<DraftValues, unknown, unknown>,
  error: TicketClientError,
): string[] {
  const unplaced: string[] = [];

  for (const [name, message] of Object.entries(error.fieldErrors)) {
    if (isFieldName(name)) {
      form.setError(name, { type: 'server', message });
    } else {
      unplaced.push(message);
    }
  }

  const first = FIELD_ORDER.find((name) => name in error.fieldErrors);

  if (first) {
    form.setFocus(first);
  }

  return unplaced;
}
