import type { TicketAttachment } from '../client/types';
import type { SupportMessages } from '../messages';
import { displayFileName } from '../utils/displayFileName';
import { formatFileSize } from '../utils/format';
import { safeUrl } from '../utils/safeUrl';
import { uniqueKeys } from './uniqueKeys';

/**
 * Schemes an attachment link may use. `blob:` addresses point to files in the browser's memory,
 * and `data:` addresses (files a backend inlines) are only offered as downloads, because browsers
 * block opening them in a tab.
 */
const attachmentSchemes = ['http:', 'https:', 'blob:', 'data:'];

interface AttachmentListProps {
  attachments: TicketAttachment[];
  messages: SupportMessages;
  locale: string | undefined;
  /** Accessible name of the list. */
  label: string;
}

/**
 * Files of a ticket or a comment with their name, size and type. A file whose address is not
 * http, https, blob or data shows as text, without a link.
 */
export function AttachmentList({ attachments, messages, locale, label }: AttachmentListProps) {
  if (attachments.length === 0) {
    return null;
  }

  const keys = uniqueKeys(attachments.map((attachment) => attachment.id));

  return (
    <ul data-slot="my-tickets-attachments" aria-label={label}>
      {attachments.map((attachment, index) => {
        const href = safeUrl(attachment.url, attachmentSchemes);
        const details = [formatFileSize(attachment.size, locale), attachment.type]
          .filter(Boolean)
          // The no-break space keeps the dot at the end of a line, not at the start of the next.
          .join('\u00a0· ');
        // `<bdi>` keeps a right-to-left name from reordering the text around it, and the escaped
        // controls cannot hide the real extension.
        const name = <bdi>{displayFileName(attachment.name)}</bdi>;

        return (
          <li key={keys[index]} data-slot="my-tickets-attachment">
            {href?.startsWith('data:') ? (
              <a
                href={href}
                download={displayFileName(attachment.name)}
                type={attachment.type || undefined}
                data-slot="my-tickets-attachment-name"
              >
                {name}
              </a>
            ) : href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                type={attachment.type || undefined}
                data-slot="my-tickets-attachment-name"
              >
                {name}
                <span data-slot="visually-hidden"> ({messages.myTicketsAttachmentOpens})</span>
              </a>
            ) : (
              <span data-slot="my-tickets-attachment-name">{name}</span>
            )}
            <span data-slot="my-tickets-attachment-details">{details}</span>
          </li>
        );
      })}
    </ul>
  );
}
