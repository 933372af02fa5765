import { useEffect, useState } from 'react';
import type { SupportMessages } from '../messages';
import { formatFileSize } from '../utils/format';
import { displayFileName } from '../utils/displayFileName';
import type { AttachmentEntry } from './types';

/** Returns an object URL for an image file while the caller is mounted, revoked afterwards. */
function useImagePreview(file: File): string | undefined {
  const [url, setUrl] = useState<string>();

  useEffect(() => {
    if (!file.type.startsWith('image/')) {
      return undefined;
    }

    const objectUrl = URL.createObjectURL(file);

    setUrl(objectUrl);

    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [file]);

  return url;
}

/** Actions on one attached file. */
export interface AttachmentItemActions {
  onRemove: (id: string) => void;
  onCancelUpload?: (id: string) => void;
  onRetryUpload?: (id: string) => void;
}

/** Renders one attached file: preview for images, name, size, upload progress and its buttons. */
export function AttachmentItem({
  entry,
  messages,
  locale,
  disabled,
  onRemove,
  onCancelUpload,
  onRetryUpload,
}: AttachmentItemActions & {
  entry: AttachmentEntry;
  messages: SupportMessages;
  locale: string | undefined;
  disabled: boolean;
}) {
  const preview = useImagePreview(entry.file);
  const name = displayFileName(entry.file.name);
  const upload = entry.upload;
  const percent =
    upload?.status === 'uploading' && upload.total > 0
      ? Math.round((upload.loaded / upload.total) * 100)
      : 0;

  return (
    <li
      data-slot="create-ticket-attachment"
      data-state={upload?.status}
      data-attachment-id={entry.id}
    >
      {preview ? (
        <img src={preview} alt="" data-slot="create-ticket-attachment-preview" />
      ) : (
        <span aria-hidden="true" data-slot="create-ticket-attachment-icon" />
      )}
      <span data-slot="create-ticket-attachment-text">
        <bdi data-slot="create-ticket-attachment-name">{name}</bdi>
        <span data-slot="create-ticket-attachment-size">
          {formatFileSize(entry.file.size, locale)}
        </span>
        {upload?.status === 'uploading' ? (
          <progress
            value={percent}
            max={100}
            aria-label={messages.createTicketUploading({ percent })}
            data-slot="create-ticket-attachment-progress"
          />
        ) : null}
        {upload?.status === 'failed' ? (
          <span data-slot="create-ticket-attachment-error">{upload.message}</span>
        ) : null}
      </span>
      <span data-slot="create-ticket-attachment-actions">
        {upload?.status === 'uploading' && onCancelUpload ? (
          <button
            type="button"
            data-slot="button"
            data-size="small"
            aria-label={messages.createTicketCancelUpload({ name })}
            onClick={() => onCancelUpload(entry.id)}
          >
            {messages.cancel}
          </button>
        ) : null}
        {upload?.status === 'failed' && onRetryUpload ? (
          <button
            type="button"
            data-slot="button"
            data-size="small"
            disabled={disabled}
            aria-label={messages.createTicketRetryUpload({ name })}
            onClick={() => onRetryUpload(entry.id)}
          >
            {messages.retry}
          </button>
        ) : null}
        {upload?.status === 'uploading' && onCancelUpload ? null : (
          <button
            type="button"
            data-slot="create-ticket-remove-attachment"
            disabled={disabled}
            aria-label={messages.createTicketRemoveAttachment({ name })}
            onClick={() => onRemove(entry.id)}
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" fill="none" />
            </svg>
          </button>
        )}
      </span>
    </li>
  );
}
