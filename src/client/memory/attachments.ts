import { isAcceptedFile } from '../../utils/attachmentRules';
import { formatFileSize } from '../../utils/format';
import type { AttachmentRules } from '../types';
import { getAbortReason, throwIfAborted } from './request';

/** Returns the user-facing message for the first file that breaks the rules, or undefined. */
export function checkAttachments(
  files: readonly File[],
  rules: AttachmentRules,
): string | undefined {
  if (files.length > rules.maxFiles) {
    return `Attach at most ${rules.maxFiles} ${rules.maxFiles === 1 ? 'file' : 'files'}`;
  }

  for (const file of files) {
    if (file.size > rules.maxFileSize) {
      const maxSize = formatFileSize(rules.maxFileSize);

      return `"${file.name}" is too large: files can be at most ${maxSize}`;
    }

    if (!isAcceptedFile(file, rules.accept)) {
      return `"${file.name}" is not an accepted file type`;
    }
  }

  return undefined;
}

/** Returns true where the browser can make `blob:` URLs; jsdom, for one, cannot. */
export function canCreateObjectUrl(): boolean {
  return typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function';
}

/** Reads a file into a `data:` URL; undefined where `FileReader` is missing. */
export function readAsDataUrl(
  file: Blob,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  throwIfAborted(signal);

  if (typeof FileReader === 'undefined') {
    return Promise.resolve(undefined);
  }

  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const onAbort = () => {
      reader.abort();
      reject(getAbortReason(signal as AbortSignal));
    };

    reader.onload = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve(typeof reader.result === 'string' ? reader.result : undefined);
    };
    reader.onerror = () => {
      signal?.removeEventListener('abort', onAbort);
      reject(reader.error ?? new Error(`Could not read "${(file as File).name ?? 'file'}"`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    reader.readAsDataURL(file);
  });
}
