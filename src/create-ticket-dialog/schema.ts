import * as z from 'zod';
import type { FormOptions, TicketType } from '../client/types';
import type { SupportMessages } from '../messages';
import { exceedsCharacters } from '../utils/truncateText';

/** Longest area name accepted when the category is Other, in user-perceived characters. */
export const OTHER_CATEGORY_MAX_LENGTH = 80;

/** Returns the validation schema of the form for the backend's options and the dialog's texts. */
export function createTicketSchema(options: FormOptions, messages: SupportMessages) {
  const { titleMaxLength, descriptionMaxLength } = options.limits;
  const ticketTypes: readonly string[] = options.ticketTypes;

  return z.object({
    type: z
      .enum(['', 'bug', 'service-request', 'feature'], { error: messages.createTicketTypeRequired })
      .refine((value) => ticketTypes.includes(value), messages.createTicketTypeRequired)
      .transform((value) => value as TicketType),
    title: z
      .string()
      .trim()
      .min(1, messages.createTicketTitleRequired)
      .refine(
        (value) => !exceedsCharacters(value, titleMaxLength),
        messages.createTicketTitleTooLong({ max: titleMaxLength }),
      ),
    categoryId: z
      .string()
      .refine(
        (value) => options.categories.some((category) => category.id === value),
        messages.createTicketCategoryRequired,
      ),
    otherCategory: z
      .string()
      .trim()
      .refine(
        (value) => !exceedsCharacters(value, OTHER_CATEGORY_MAX_LENGTH),
        messages.createTicketOtherCategoryTooLong({ max: OTHER_CATEGORY_MAX_LENGTH }),
      ),
    description: z
      .string()
      .trim()
      .min(1, messages.createTicketDescriptionRequired)
      .refine(
        (value) => !exceedsCharacters(value, descriptionMaxLength),
        messages.createTicketDescriptionTooLong({ max: descriptionMaxLength }),
      ),
  });
}

/** Values of the form after validation: trimmed, with a chosen type. */
export type ValidTicketValues = z.output<ReturnType<typeof createTicketSchema>>;
