import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { SupportMessages } from '../messages';
import { describedBy, FieldError, FieldHint } from './FieldParts';
import { limitInsertion, useCaretAfterRender } from './limitInsertion';
import type { DraftValues } from './types';

/**
 * Short text field for the area when the category is Other, cut at `max` user-perceived
 * characters. It has no `maxLength` attribute, which counts UTF-16 code units and can split an
 * emoji in half.
 */
export function OtherCategoryField({
  id,
  max,
  messages,
  readOnly,
}: {
  id: string;
  max: number;
  messages: SupportMessages;
  readOnly: boolean;
}) {
  const { control } = useFormContext<DraftValues>();
  const { field, fieldState } = useController({ name: 'otherCategory', control });
  const [cut, setCut] = useState(false);
  const { elementRef, placeCaret } = useCaretAfterRender<HTMLInputElement>();
  const error = fieldState.error?.message;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const cutId = `${id}-cut`;

  function update(value: string) {
    const { text, truncated, caret } = limitInsertion(field.value, value, max);

    setCut(truncated);
    field.onChange(text);
    placeCaret(caret);
  }

  return (
    <div data-slot="field">
      <label htmlFor={id} data-slot="label">
        {messages.createTicketOtherCategoryLabel}
      </label>
      <input
        id={id}
        ref={(element) => {
          field.ref(element);
          elementRef.current = element;
        }}
        name={field.name}
        value={field.value}
        onChange={(event) => update(event.target.value)}
        onBlur={field.onBlur}
        type="text"
        autoComplete="off"
        readOnly={readOnly}
        data-slot="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId, hintId, cut && cutId)}
      />
      <FieldHint id={hintId}>{messages.createTicketOtherCategoryHint}</FieldHint>
      {cut ? (
        <p id={cutId} role="status" data-slot="create-ticket-cut-notice">
          {messages.createTicketOtherCategoryCut({ max })}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
