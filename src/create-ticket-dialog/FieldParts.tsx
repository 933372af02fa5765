import type { ReactNode } from 'react';

/** Returns the ids joined for `aria-describedby`, or undefined when there are none. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');

  return joined === '' ? undefined : joined;
}

/** Message under a field that failed validation. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) {
    return null;
  }

  return (
    <p id={id} data-slot="field-error">
      {message}
    </p>
  );
}

/** Quiet hint under a field. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} data-slot="hint">
      {children}
    </p>
  );
}
