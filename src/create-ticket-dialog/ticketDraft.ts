import type { FormOptions, TicketDraft } from '../client/types';
import type { ValidTicketValues } from './schema';
import type { AttachmentEntry } from './types';

/**
 * Builds the draft sent to `createTicket`. The area typed for Other goes only with an Other
 * category. Clients that upload on add get the uploaded ids in place of the files.
 */
export function buildTicketDraft(
  values: ValidTicketValues,
  options: FormOptions,
  attachments: AttachmentEntry[],
  uploadsOnAdd: boolean,
): TicketDraft {
  const isOther = options.categories.some(
    (category) => category.id === values.categoryId && category.other,
  );
  const draft: TicketDraft = {
    type: values.type,
    title: values.title,
    categoryId: values.categoryId,
    otherCategory: isOther && values.otherCategory !== '' ? values.otherCategory : undefined,
    description: values.description,
    attachments: uploadsOnAdd ? [] : attachments.map(({ file }) => file),
  };

  if (uploadsOnAdd) {
    draft.attachmentIds = attachments.flatMap((attachment) =>
      attachment.upload?.status === 'uploaded' ? [attachment.upload.attachmentId] : [],
    );
  }

  return draft;
}
