import { useState, type ClipboardEvent } from 'react';
import type { AttachmentRules } from '../client/types';
import {
  fileIdentity,
  pastedFileName,
  sortFiles,
  type RejectedFile,
} from '../utils/attachmentRules';

/** Announcement of the latest change to the reply files, for screen readers. */
export type ReplyFilesNotice =
  { type: 'added'; count: number } | { type: 'removed'; name: string } | null;

/** Files chosen for a reply and the controls of the reply box over them. */
export interface ReplyFiles {
  /** Accepted files, in the order the user added them. */
  files: File[];
  /** Files of the latest addition that were left out, with the reason. */
  rejected: RejectedFile[];
  notice: ReplyFilesNotice;
  addFiles: (added: readonly File[]) => void;
  removeFile: (file: File) => void;
  /** Removes the files that were sent, keeping any added while the reply was being sent. */
  removeSent: (sent: readonly File[]) => void;
  dismissRejected: () => void;
  handlePaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
}

/**
 * Keeps the files of a reply and checks each one against the reply rules by type, size and count.
 * The same file added twice stays one entry. Without rules, replies take no files, so additions
 * are ignored.
 */
export function useReplyFiles(rules: AttachmentRules | undefined): ReplyFiles {
  const [files, setFiles] = useState<File[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [notice, setNotice] = useState<ReplyFilesNotice>(null);

  function addFiles(added: readonly File[]) {
    if (!rules || added.length === 0) {
      return;
    }

    const sorted = sortFiles(added, files, rules);

    setFiles([...files, ...sorted.accepted]);
    setRejected(sorted.rejected);
    setNotice(sorted.accepted.length > 0 ? { type: 'added', count: sorted.accepted.length } : null);
  }

  function removeFile(file: File) {
    const identity = fileIdentity(file);

    setFiles((current) => current.filter((candidate) => fileIdentity(candidate) !== identity));
    setNotice({ type: 'removed', name: file.name });
  }

  function removeSent(sent: readonly File[]) {
    const sentIdentities = new Set(sent.map(fileIdentity));

    setFiles((current) => current.filter((file) => !sentIdentities.has(fileIdentity(file))));
    setRejected([]);
    setNotice(null);
  }

  function handlePaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = Array.from(event.clipboardData.files);

    // Copying from office apps puts text and a picture of it on the clipboard. In the reply box,
    // the text is what the user meant to paste.
    if (!rules || pasted.length === 0 || event.clipboardData.types.includes('text/plain')) {
      return;
    }

    event.preventDefault();
    addFiles(
      pasted.map(
        (file) =>
          new File([file], pastedFileName(file), {
            type: file.type,
            lastModified: file.lastModified,
          }),
      ),
    );
  }

  return {
    files,
    rejected,
    notice,
    addFiles,
    removeFile,
    removeSent,
    dismissRejected: () => setRejected([]),
    handlePaste,
  };
}
