import { useCallback, useState, type ClipboardEvent } from 'react';
import { isAbortError } from '../client/errors';
import type { AttachmentRules, TicketClient } from '../client/types';
import type { SupportMessages } from '../messages';
import { errorMessage } from '../utils/errorMessage';
import { pastedFileName, sortFiles, type RejectedFile } from '../utils/attachmentRules';
import type { DraftEntry } from './draftStore';
import type { AttachmentEntry, AttachmentUpload } from './types';

type SaveDraft = (change: (current: DraftEntry) => Partial<DraftEntry>) => void;

/**
 * Uploads in flight by attachment id. They outlive the form, so a dialog closed during an upload
 * can still cancel it after it is opened again.
 */
const uploads = new Map<string, AbortController>();

let attachmentCount = 0;

function nextAttachmentId(): string {
  attachmentCount += 1;

  return `attachment-${Date.now().toString(36)}-${attachmentCount}`;
}

/**
 * Adds (by pick, drop or paste), removes and, when the client has `uploadAttachment`, uploads the
 * draft's files. Rejected files of the latest addition are returned with their reasons.
 */
export function useAttachments({
  client,
  rules,
  messages,
  save,
}: {
  client: TicketClient;
  rules: AttachmentRules;
  messages: SupportMessages;
  save: SaveDraft;
}) {
  const [rejected, setRejected] = useState<RejectedFile[]>([]);

  const setUpload = useCallback(
    (id: string, upload: AttachmentUpload) => {
      save((current) => ({
        attachments: current.attachments.map((entry) =>
          entry.id === id ? { ...entry, upload } : entry,
        ),
      }));
    },
    [save],
  );

  const removeEntry = useCallback(
    (id: string) => {
      uploads.get(id)?.abort();
      uploads.delete(id);
      save((current) => ({
        attachments: current.attachments.filter((entry) => entry.id !== id),
      }));
    },
    [save],
  );

  const startUpload = useCallback(
    (entry: AttachmentEntry) => {
      if (!client.uploadAttachment) {
        return;
      }

      const controller = new AbortController();

      uploads.set(entry.id, controller);
      setUpload(entry.id, { status: 'uploading', loaded: 0, total: entry.file.size });
      client
        .uploadAttachment(entry.file, {
          signal: controller.signal,
          onProgress: ({ loaded, total }) => {
            if (!controller.signal.aborted) {
              setUpload(entry.id, { status: 'uploading', loaded, total });
            }
          },
        })
        .then(
          (uploaded) => {
            if (!controller.signal.aborted) {
              setUpload(entry.id, { status: 'uploaded', attachmentId: uploaded.id });
            }
          },
          (error: unknown) => {
            if (!controller.signal.aborted && !isAbortError(error)) {
              setUpload(entry.id, {
                status: 'failed',
                message: `${messages.createTicketUploadFailed} ${errorMessage(error, messages)}`,
              });
            }
          },
        )
        .finally(() => {
          if (uploads.get(entry.id) === controller) {
            uploads.delete(entry.id);
          }
        });
    },
    [client, messages, setUpload],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      let added: AttachmentEntry[] = [];

      save((current) => {
        const sorted = sortFiles(
          files,
          current.attachments.map((entry) => entry.file),
          rules,
        );

        added = sorted.accepted.map((file) => ({ id: nextAttachmentId(), file }));
        setRejected(sorted.rejected);

        return { attachments: [...current.attachments, ...added] };
      });
      added.forEach(startUpload);
    },
    [rules, save, startUpload],
  );

  const retryUpload = useCallback(
    (id: string, entries: AttachmentEntry[]) => {
      const entry = entries.find((candidate) => candidate.id === id);

      if (entry) {
        startUpload(entry);
      }
    },
    [startUpload],
  );

  const handlePaste = useCallback(
    (event: ClipboardEvent<HTMLElement>, disabled: boolean) => {
      const files = Array.from(event.clipboardData.files);
      const target = event.target;
      const inTextField =
        target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

      if (files.length === 0 || disabled) {
        return;
      }

      // Copying from office apps puts text and a picture of it on the clipboard. In a text field,
      // the text is what the user meant to paste.
      if (inTextField && event.clipboardData.types.includes('text/plain')) {
        return;
      }

      event.preventDefault();
      addFiles(
        files.map(
          (file) =>
            new File([file], pastedFileName(file), {
              type: file.type,
              lastModified: file.lastModified,
            }),
        ),
      );
    },
    [addFiles],
  );

  return {
    rejected,
    handlePaste,
    dismissRejected: useCallback(() => setRejected([]), []),
    addFiles,
    removeEntry,
    retryUpload,
  };
}

/** Returns why the ticket cannot be created yet because of uploads, or undefined. */
export function uploadBlocker(
  entries: AttachmentEntry[],
  messages: SupportMessages,
): string | undefined {
  if (entries.some((entry) => entry.upload?.status === 'uploading')) {
    return messages.createTicketWaitingForUploads;
  }

  if (entries.some((entry) => entry.upload?.status === 'failed')) {
    return messages.createTicketFailedUploads;
  }

  return undefined;
}
