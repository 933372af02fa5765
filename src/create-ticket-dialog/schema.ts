import * as z from 'zod/mini';
import type { FormOptions, TicketType } from '../client/types';
import type { SupportMessages } from '../messages';
import { exceedsCharacters } from '../utils/truncateText';

/**
 * Maximum length of the area when the category is Other, in user-perceived characters, for form
 * options without `limits.otherCategoryMaxLength`.
 */
export const OTHER_CATEGORY_MAX_LENGTH = 80;

/** Returns the maximum length of the area when the category is Other, in characters. */
export function otherCategoryMaxLength(options: FormOptions): number {
  return options.limits.otherCategoryMaxLength ?? OTHER_CATEGORY_MAX_LENGTH;
}

/** Returns a trimmed text schema that may be required and has a maximum in characters. */
function text(options: { required?: string; max: number; tooLong: string }) {
  return z.string().check(
    z.trim(),
    ...(options.required ? [z.minLength(1, options.required)] : []),
    z.refine((value: string) => !exceedsCharacters(value, options.max), options.tooLong),
  );
}

/**
 * Returns the validation schema of the form for the backend's options and the dialog's texts.
 * Built with `zod/mini`, which keeps the dialog's bundle much smaller than the full `zod` API.
 */
export function createTicketSchema(options: FormOptions, messages: SupportMessages) {
  const { titleMaxLength, descriptionMaxLength } = options.limits;
  const otherMaxLength = otherCategoryMaxLength(options);
  const ticketTypes: readonly string[] = options.ticketTypes;

  return z.object({
    type: z.pipe(
      z
        .enum(['', 'bug', 'service-request', 'feature'], {
          error: messages.createTicketTypeRequired,
        })
        .check(
          z.refine(
            (value: string) => ticketTypes.includes(value),
            messages.createTicketTypeRequired,
          ),
        ),
      z.transform((value) => value as TicketType),
    ),
    title: text({
      required: messages.createTicketTitleRequired,
      max: titleMaxLength,
      tooLong: messages.createTicketTitleTooLong({ max: titleMaxLength }),
    }),
    categoryId: z
      .string()
      .check(
        z.refine(
          (value: string) => options.categories.some((category) => category.id === value),
          messages.createTicketCategoryRequired,
        ),
      ),
    otherCategory: text({
      max: otherMaxLength,
      tooLong: messages.createTicketOtherCategoryTooLong({ max: otherMaxLength }),
    }),
    description: text({
      required: messages.createTicketDescriptionRequired,
      max: descriptionMaxLength,
      tooLong: messages.createTicketDescriptionTooLong({ max: descriptionMaxLength }),
    }),
  });
}

/** Values of the form after validation: trimmed, with a chosen type. */
export type ValidTicketValues = z.output<ReturnType<typeof createTicketSchema>>;
