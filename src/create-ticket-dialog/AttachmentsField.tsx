import { useDropzone } from 'react-dropzone';
import type { AttachmentRules } from '../client/types';
import type { SupportMessages } from '../messages';
import { displayFileName } from '../utils/displayFileName';
import { formatFileSize } from '../utils/format';
import { AttachmentItem, type AttachmentItemActions } from './AttachmentItem';
import { FieldHint } from './FieldParts';
import {
  acceptAttribute,
  describeAccept,
  type RejectedFile,
  type RejectionReason,
} from './attachmentFiles';
import type { AttachmentEntry } from './types';

/** Returns the message for a file that was not attached. */
export function rejectionMessage(
  reason: RejectionReason,
  rules: AttachmentRules,
  messages: SupportMessages,
  locale: string | undefined,
): string {
  switch (reason) {
    case 'too-large':
      return messages.createTicketFileTooLarge({
        maxFileSize: formatFileSize(rules.maxFileSize, locale),
      });
    case 'type':
      return messages.createTicketFileTypeRejected({ accepted: describeAccept(rules.accept) });
    case 'too-many':
      return messages.createTicketTooManyFiles({ maxFiles: rules.maxFiles });
    case 'empty':
      return messages.createTicketFileEmpty;
    default:
      return messages.createTicketFileDuplicate;
  }
}

/** Props of `AttachmentsField`. */
export interface AttachmentsFieldProps extends AttachmentItemActions {
  id: string;
  entries: AttachmentEntry[];
  rejected: RejectedFile[];
  rules: AttachmentRules;
  messages: SupportMessages;
  locale: string | undefined;
  disabled: boolean;
  onAdd: (files: File[]) => void;
  onDismissRejected: () => void;
}

/** Drop zone (click, drop, keyboard), the list of attached files and the files left out. */
export function AttachmentsField({
  id,
  entries,
  rejected,
  rules,
  messages,
  locale,
  disabled,
  onAdd,
  onDismissRejected,
  ...actions
}: AttachmentsFieldProps) {
  // No `accept` or `maxFiles` here: react-dropzone would reject a whole drop for one file too
  // many, and it judges types by MIME only, which Windows leaves empty for CSV or log files.
  const { getRootProps, getInputProps, isDragActive, inputRef } = useDropzone({
    onDrop: (accepted, refused) => {
      // Without this, choosing a file again after removing it fires no change event.
      if (inputRef.current) {
        inputRef.current.value = '';
      }

      onAdd([...accepted, ...refused.map(({ file }) => file)]);
    },
    multiple: true,
    disabled,
  });
  const hintId = `${id}-hint`;
  const labelId = `${id}-label`;

  return (
    <div data-slot="field" role="group" aria-labelledby={labelId}>
      <span id={labelId} data-slot="label">
        {messages.createTicketAttachmentsLabel}
      </span>
      <FieldHint id={hintId}>
        {messages.createTicketAttachmentsHint({
          maxFiles: rules.maxFiles,
          maxFileSize: formatFileSize(rules.maxFileSize, locale),
        })}
      </FieldHint>
      <div
        {...getRootProps({
          role: 'button',
          'aria-describedby': hintId,
          'aria-disabled': disabled || undefined,
        })}
        data-slot="create-ticket-dropzone"
        data-state={isDragActive ? 'active' : 'idle'}
        data-disabled={disabled ? '' : undefined}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            d="M12 16V4m0 0l-4 4m4-4l4 4M5 16v3h14v-3"
            stroke="currentColor"
            strokeWidth="1.6"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>
          {isDragActive ? messages.createTicketDropzoneActive : messages.createTicketDropzone}
        </span>
      </div>
      <input {...getInputProps({ accept: acceptAttribute(rules.accept) })} />
      <div role="status" data-slot="create-ticket-attachment-notices">
        {rejected.length > 0 ? (
          <div data-slot="alert" data-tone="warning">
            <p data-slot="create-ticket-rejected-heading">{messages.createTicketRejectedFiles}</p>
            <ul data-slot="create-ticket-rejected-list">
              {rejected.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  <bdi data-slot="create-ticket-attachment-name">{displayFileName(file.name)}</bdi>
                  {': '}
                  {rejectionMessage(file.reason, rules, messages, locale)}
                </li>
              ))}
            </ul>
            <button type="button" data-slot="button" data-size="small" onClick={onDismissRejected}>
              {messages.createTicketDismissNotices}
            </button>
          </div>
        ) : null}
      </div>
      {entries.length > 0 ? (
        <ul data-slot="create-ticket-attachments">
          {entries.map((entry) => (
            <AttachmentItem
              key={entry.id}
              entry={entry}
              messages={messages}
              locale={locale}
              disabled={disabled}
              {...actions}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
