import { useEffect, useRef } from 'react';
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
} from '../utils/attachmentRules';
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
  /** Names of files that were attached before the page reloaded. */
  lostNames: string[];
  onAdd: (files: File[]) => void;
  onDismissRejected: () => void;
  onDismissLost: () => void;
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
  lostNames,
  onAdd,
  onDismissRejected,
  onDismissLost,
  onRemove,
  onCancelUpload,
  onRetryUpload,
}: AttachmentsFieldProps) {
  // No `accept` or `maxFiles` here: react-dropzone would reject a whole drop for one file too
  // many, and it judges types by MIME only, which Windows leaves empty for CSV or log files.
  const { getRootProps, getInputProps, isDragActive, inputRef, rootRef } = useDropzone({
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
  const listRef = useRef<HTMLUListElement>(null);
  // The file being removed and the one whose button gets focus once it is gone ('' for the drop
  // zone). Without this, focus falls to the dialog when the focused button disappears.
  const pendingFocusRef = useRef<{ removed: string; next: string } | null>(null);

  useEffect(() => {
    const pending = pendingFocusRef.current;

    if (pending === null || entries.some((entry) => entry.id === pending.removed)) {
      return;
    }

    pendingFocusRef.current = null;

    const item = Array.from(listRef.current?.children ?? []).find(
      (child) => child instanceof HTMLElement && child.dataset.attachmentId === pending.next,
    );
    const button = item?.querySelector<HTMLElement>('button:not([disabled])');

    (button ?? rootRef.current)?.focus();
  }, [entries, rootRef]);

  function removeWithFocus(remove: (id: string) => void, id: string) {
    const index = entries.findIndex((entry) => entry.id === id);
    const next = entries[index + 1] ?? entries[index - 1];

    pendingFocusRef.current = { removed: id, next: next?.id ?? '' };
    remove(id);
  }

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
      {/* The drop zone is the one control for screen readers; this input only opens the chooser. */}
      <input
        {...getInputProps({ accept: acceptAttribute(rules.accept) })}
        aria-hidden="true"
        tabIndex={-1}
      />
      <div role="status" data-slot="create-ticket-attachment-notices">
        {lostNames.length > 0 ? (
          <div data-slot="alert" data-tone="warning" data-state="lost-on-reload">
            <p data-slot="create-ticket-rejected-heading">
              {messages.createTicketAttachmentsLost({ count: lostNames.length })}
            </p>
            <ul data-slot="create-ticket-rejected-list">
              {lostNames.map((name, index) => (
                <li key={index}>
                  <bdi data-slot="create-ticket-attachment-name">{displayFileName(name)}</bdi>
                </li>
              ))}
            </ul>
            <button type="button" data-slot="button" data-size="small" onClick={onDismissLost}>
              {messages.createTicketDismissNotices}
            </button>
          </div>
        ) : null}
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
        <ul ref={listRef} data-slot="create-ticket-attachments">
          {entries.map((entry) => (
            <AttachmentItem
              key={entry.id}
              entry={entry}
              messages={messages}
              locale={locale}
              disabled={disabled}
              onRemove={(entryId) => removeWithFocus(onRemove, entryId)}
              onCancelUpload={
                onCancelUpload && ((entryId) => removeWithFocus(onCancelUpload, entryId))
              }
              onRetryUpload={onRetryUpload}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
