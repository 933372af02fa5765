import { useFormContext, useWatch } from 'react-hook-form';
import type { FeatureCategory, TicketType } from '../client/types';
import type { SupportMessages } from '../messages';
import { describedBy, FieldError, FieldHint } from './FieldParts';
import { OtherCategoryField } from './OtherCategoryField';
import type { DraftValues } from './types';

/** Returns the label and one-line explanation of a ticket type. */
export function ticketTypeTexts(type: TicketType, messages: SupportMessages) {
  switch (type) {
    case 'bug':
      return { label: messages.ticketTypeBug, description: messages.ticketTypeBugDescription };
    case 'service-request':
      return {
        label: messages.ticketTypeServiceRequest,
        description: messages.ticketTypeServiceRequestDescription,
      };
    default:
      return {
        label: messages.ticketTypeFeature,
        description: messages.ticketTypeFeatureDescription,
      };
  }
}

/** Radio group of the ticket types, each with its explanation. */
export function TicketTypeField({
  id,
  types,
  messages,
  disabled,
}: {
  id: string;
  types: TicketType[];
  messages: SupportMessages;
  disabled: boolean;
}) {
  const { register, control, formState } = useFormContext<DraftValues>();
  const selected = useWatch({ control, name: 'type' });
  const error = formState.errors.type?.message;
  const errorId = `${id}-error`;
  const focusTarget = types.includes(selected as TicketType) ? selected : types[0];

  return (
    <fieldset
      data-slot="create-ticket-type-field"
      aria-describedby={describedBy(error && errorId)}
      disabled={disabled}
    >
      <legend data-slot="label">{messages.createTicketTypeLabel}</legend>
      <div data-slot="create-ticket-type-options">
        {types.map((type) => {
          const texts = ticketTypeTexts(type, messages);
          const optionId = `${id}-${type}`;

          return (
            <label
              key={type}
              htmlFor={optionId}
              data-slot="create-ticket-type-option"
              data-state={selected === type ? 'checked' : 'unchecked'}
            >
              <input
                {...register('type')}
                id={optionId}
                type="radio"
                value={type}
                data-autofocus={type === focusTarget ? '' : undefined}
                aria-invalid={error ? true : undefined}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={describedBy(`${optionId}-description`, error && errorId)}
              />
              <span data-slot="create-ticket-type-text">
                <span id={`${optionId}-label`} data-slot="create-ticket-type-label">
                  {texts.label}
                </span>
                <span id={`${optionId}-description`} data-slot="create-ticket-type-description">
                  {texts.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** Returns the categories in display order, with the catch-all ones last. */
export function orderCategories(categories: FeatureCategory[]): FeatureCategory[] {
  return [
    ...categories.filter((category) => !category.other),
    ...categories.filter((category) => category.other),
  ];
}

/** Native select of the feature categories, plus the optional area field when Other is chosen. */
export function CategoryField({
  id,
  categories,
  otherMaxLength,
  messages,
  readOnly,
}: {
  id: string;
  categories: FeatureCategory[];
  /** Maximum length of the area when Other is chosen, in user-perceived characters. */
  otherMaxLength: number;
  messages: SupportMessages;
  readOnly: boolean;
}) {
  const { register, control, formState } = useFormContext<DraftValues>();
  const categoryId = useWatch({ control, name: 'categoryId' });
  const ordered = orderCategories(categories);
  const isOther = ordered.some((category) => category.id === categoryId && category.other);
  const error = formState.errors.categoryId?.message;

  return (
    <>
      <div data-slot="field">
        <label htmlFor={id} data-slot="label">
          {messages.createTicketCategoryLabel}
        </label>
        <FieldHint id={`${id}-hint`}>{messages.createTicketCategoryHint}</FieldHint>
        <select
          {...register('categoryId')}
          id={id}
          required
          disabled={readOnly}
          data-slot="select"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && `${id}-error`, `${id}-hint`)}
        >
          <option value="">{messages.createTicketCategoryPlaceholder}</option>
          {ordered.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-error`} message={error} />
      </div>
      {isOther ? (
        <OtherCategoryField
          id={`${id}-other`}
          max={otherMaxLength}
          messages={messages}
          readOnly={readOnly}
        />
      ) : null}
    </>
  );
}
