import { useEffect, useId, useRef } from 'react';
import type { AttachmentRules } from '../client/types';
import type { SupportMessages } from '../messages';
import {
  acceptAttribute,
  describeAccept,
  fileIdentity,
  type RejectionReason,
} from '../utils/attachmentRules';
import { displayFileName } from '../utils/displayFileName';
import { formatFileSize } from '../utils/format';
import type { ReplyFiles, ReplyFilesNotice } from './useReplyFiles';

interface ReplyFilesFieldProps {
  rules: AttachmentRules;
  replyFiles: ReplyFiles;
  messages: SupportMessages;
  locale: string | undefined;
  /** True when the ticket takes no more replies, so the chosen files stay listed, read-only. */
  closed: boolean;
}

/** Returns the message for a file that was not attached to a reply. */
function rejectionMessage(
  reason: RejectionReason,
  rules: AttachmentRules,
  messages: SupportMessages,
  locale: string | undefined,
): string {
  switch (reason) {
    case 'too-large':
      return messages.myTicketsReplyFileTooLarge({
        maxFileSize: formatFileSize(rules.maxFileSize, locale),
      });
    case 'type':
      return messages.myTicketsReplyFileTypeRejected({ accepted: describeAccept(rules.accept) });
    case 'too-many':
      return messages.myTicketsReplyTooManyFiles({ maxFiles: rules.maxFiles });
    case 'empty':
      return messages.myTicketsReplyFileEmpty;
    default:
      return messages.myTicketsReplyFileDuplicate;
  }
}

function noticeText(notice: ReplyFilesNotice, messages: SupportMessages): string {
  if (notice?.type === 'added') {
    return messages.myTicketsReplyFilesAdded({ count: notice.count });
  }

  if (notice?.type === 'removed') {
    return messages.myTicketsReplyFileRemoved({ name: displayFileName(notice.name) });
  }

  return '';
}

const PAPER_CLIP_PATH =
  'M20 11.5l-7.8 7.8a5 5 0 01-7.1-7.1l8.5-8.5a3.4 3.4 0 014.8 4.8' +
  'l-8.4 8.4a1.7 1.7 0 01-2.4-2.4l7.7-7.7';

/**
 * Attach button of the reply box, over a hidden native file input, with the chosen files and the
 * files left out with their reasons.
 */
export function ReplyFilesField({
  rules,
  replyFiles,
  messages,
  locale,
  closed,
}: ReplyFilesFieldProps) {
  const { files, rejected, notice, addFiles, removeFile, dismissRejected } = replyFiles;
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const attachRef = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // The file being removed and the one whose button gets focus once it is gone ('' for the
  // Attach button). Without this, focus falls to the page when the focused button disappears.
  const pendingFocusRef = useRef<{ removed: string; next: string } | null>(null);

  useEffect(() => {
    const pending = pendingFocusRef.current;

    if (pending === null || files.some((file) => fileIdentity(file) === pending.removed)) {
      return;
    }

    pendingFocusRef.current = null;
    (removeButtons.current.get(pending.next) ?? attachRef.current)?.focus();
  }, [files]);

  function removeWithFocus(file: File, index: number) {
    const next = files[index + 1] ?? files[index - 1];

    pendingFocusRef.current = {
      removed: fileIdentity(file),
      next: next ? fileIdentity(next) : '',
    };
    removeFile(file);
  }

  return (
    <div data-slot="my-tickets-reply-files">
      {closed ? null : (
        <div data-slot="my-tickets-reply-files-bar">
          <button
            ref={attachRef}
            type="button"
            data-slot="button"
            data-part="attach"
            aria-describedby={hintId}
            onClick={() => inputRef.current?.click()}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
              <path
                d={PAPER_CLIP_PATH}
                stroke="currentColor"
                strokeWidth="1.8"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            {messages.myTicketsReplyAttach}
          </button>
          <span id={hintId} data-slot="hint">
            {messages.myTicketsReplyFilesHint({
              maxFiles: rules.maxFiles,
              maxFileSize: formatFileSize(rules.maxFileSize, locale),
            })}
          </span>
          {/* The Attach button is the one control for keyboards and screen readers. */}
          <input
            ref={inputRef}
            type="file"
            multiple
            accept={acceptAttribute(rules.accept)}
            hidden
            aria-hidden="true"
            tabIndex={-1}
            data-slot="my-tickets-reply-file-input"
            onChange={(event) => {
              const chosen = Array.from(event.target.files ?? []);

              // Without this, choosing a file again after removing it fires no change event.
              event.target.value = '';
              addFiles(chosen);
            }}
          />
        </div>
      )}
      <div role="status" data-slot="my-tickets-reply-file-notices">
        <span data-slot="visually-hidden">{noticeText(notice, messages)}</span>
        {rejected.length > 0 ? (
          <div data-slot="alert" data-tone="warning">
            <p data-slot="my-tickets-rejected-heading">{messages.myTicketsReplyRejectedFiles}</p>
            <ul data-slot="my-tickets-rejected-list">
              {rejected.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  <bdi data-slot="my-tickets-reply-file-name">{displayFileName(file.name)}</bdi>
                  {': '}
                  {rejectionMessage(file.reason, rules, messages, locale)}
                </li>
              ))}
            </ul>
            <button type="button" data-slot="button" data-size="small" onClick={dismissRejected}>
              {messages.myTicketsReplyDismissRejected}
            </button>
          </div>
        ) : null}
      </div>
      {files.length > 0 ? (
        <ul data-slot="my-tickets-reply-file-list" aria-label={messages.myTicketsReplyFiles}>
          {files.map((file, index) => {
            const identity = fileIdentity(file);
            const name = displayFileName(file.name);

            return (
              <li key={identity} data-slot="my-tickets-reply-file">
                <bdi data-slot="my-tickets-reply-file-name">{name}</bdi>
                <span data-slot="my-tickets-reply-file-size">
                  {formatFileSize(file.size, locale)}
                </span>
                {closed ? null : (
                  <button
                    ref={(button) => {
                      if (button) {
                        removeButtons.current.set(identity, button);
                      } else {
                        removeButtons.current.delete(identity);
                      }
                    }}
                    type="button"
                    data-slot="button"
                    data-size="small"
                    data-part="remove"
                    aria-label={messages.myTicketsReplyRemoveFile({ name })}
                    onClick={() => removeWithFocus(file, index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
