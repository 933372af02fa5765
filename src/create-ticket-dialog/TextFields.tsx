import { useState, type ChangeEvent, type ClipboardEvent } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import type { HelpArticle, TicketType } from '../client/types';
import type { SupportMessages } from '../messages';
import { countCharacters } from '../utils/text';
import { describedBy, FieldError, FieldHint } from './FieldParts';
import { HelpSuggestions } from './HelpSuggestions';
import { limitInsertion, useCaretAfterRender } from './limitInsertion';
import type { DraftValues } from './types';

/** Returns the text on one line: each line break, with the spaces around it, becomes one space. */
function toOneLine(text: string): string {
  return text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, ' ');
}

interface TextFieldProps {
  id: string;
  max: number;
  messages: SupportMessages;
  readOnly: boolean;
}

function Counter({
  id,
  count,
  max,
  messages,
}: { id: string; count: number; max: number } & {
  messages: SupportMessages;
}) {
  return (
    <span id={id} data-slot="create-ticket-counter" data-over={count > max ? '' : undefined}>
      {messages.createTicketCharacterCount({ count, max })}
    </span>
  );
}

/** Title input: one line, cut at the limit, with a live count and help articles that match. */
export function TitleField({
  id,
  max,
  messages,
  readOnly,
  articles,
}: TextFieldProps & { articles: HelpArticle[] }) {
  const { control } = useFormContext<DraftValues>();
  const { field, fieldState } = useController({ name: 'title', control });
  const [cut, setCut] = useState(false);
  const { elementRef, placeCaret } = useCaretAfterRender<HTMLInputElement>();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const cutId = `${id}-cut`;

  function update(value: string) {
    const { text, truncated, caret } = limitInsertion(field.value, toOneLine(value), max);

    setCut(truncated);
    field.onChange(text);
    placeCaret(caret);
  }

  // Browsers drop the line breaks of text pasted into a one-line input, which glues the last word
  // of each line to the next line. A space goes in their place instead.
  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text/plain');

    if (!/[\r\n]/.test(pasted)) {
      return;
    }

    event.preventDefault();

    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;

    update(input.value.slice(0, start) + toOneLine(pasted) + input.value.slice(end));
  }

  return (
    <div data-slot="field">
      <label htmlFor={id} data-slot="label">
        {messages.createTicketTitleLabel}
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
        onPaste={handlePaste}
        onBlur={field.onBlur}
        type="text"
        autoComplete="off"
        required
        readOnly={readOnly}
        data-slot="input"
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy(fieldState.error && errorId, hintId, counterId, cut && cutId)}
      />
      <div data-slot="create-ticket-field-meta">
        <FieldHint id={hintId}>{messages.createTicketTitleHint}</FieldHint>
        <Counter
          id={counterId}
          count={countCharacters(field.value)}
          max={max}
          messages={messages}
        />
      </div>
      {cut ? (
        <p id={cutId} role="status" data-slot="create-ticket-cut-notice">
          {messages.createTicketTitleCut({ max })}
        </p>
      ) : null}
      <FieldError id={errorId} message={fieldState.error?.message} />
      <HelpSuggestions articles={articles} messages={messages} />
    </div>
  );
}

const descriptionTexts: Record<
  TicketType | '',
  { hint: keyof SupportMessages; placeholder: keyof SupportMessages }
> = {
  '': {
    hint: 'createTicketDescriptionHintBug',
    placeholder: 'createTicketDescriptionPlaceholderBug',
  },
  bug: {
    hint: 'createTicketDescriptionHintBug',
    placeholder: 'createTicketDescriptionPlaceholderBug',
  },
  'service-request': {
    hint: 'createTicketDescriptionHintServiceRequest',
    placeholder: 'createTicketDescriptionPlaceholderServiceRequest',
  },
  feature: {
    hint: 'createTicketDescriptionHintFeature',
    placeholder: 'createTicketDescriptionPlaceholderFeature',
  },
};

/** Description textarea whose hint and placeholder follow the ticket type, cut at the limit. */
export function DescriptionField({ id, max, messages, readOnly }: TextFieldProps) {
  const { control } = useFormContext<DraftValues>();
  const { field, fieldState } = useController({ name: 'description', control });
  const type = useWatch({ control, name: 'type' });
  const [cut, setCut] = useState(false);
  const { elementRef, placeCaret } = useCaretAfterRender<HTMLTextAreaElement>();
  const texts = descriptionTexts[type];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const cutId = `${id}-cut`;

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    const { text, truncated, caret } = limitInsertion(field.value, event.target.value, max);

    setCut(truncated);
    field.onChange(text);
    placeCaret(caret);
  }

  return (
    <div data-slot="field">
      <label htmlFor={id} data-slot="label">
        {messages.createTicketDescriptionLabel}
      </label>
      <FieldHint id={hintId}>{messages[texts.hint] as string}</FieldHint>
      <textarea
        id={id}
        ref={(element) => {
          field.ref(element);
          elementRef.current = element;
        }}
        name={field.name}
        value={field.value}
        onChange={handleChange}
        onBlur={field.onBlur}
        placeholder={messages[texts.placeholder] as string}
        rows={6}
        required
        readOnly={readOnly}
        data-slot="textarea"
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy(fieldState.error && errorId, hintId, counterId, cut && cutId)}
      />
      <div data-slot="create-ticket-field-meta">
        <span />
        <Counter
          id={counterId}
          count={countCharacters(field.value)}
          max={max}
          messages={messages}
        />
      </div>
      {cut ? (
        <p id={cutId} role="status" data-slot="create-ticket-cut-notice">
          {messages.createTicketDescriptionCut({ max })}
        </p>
      ) : null}
      <FieldError id={errorId} message={fieldState.error?.message} />
    </div>
  );
}
