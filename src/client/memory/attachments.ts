import type { AttachmentRules } from '../types';
import { getAbortReason, throwIfAborted } from './request';

/** Formats a size in bytes for messages: "512 KB", "10 MB", "1.5 MB". */
export function formatFileSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;

  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }

  const rounded = Math.round(value * 10) / 10;

  return `${rounded} ${units[unit]}`;
}

/** Returns true when a file matches one of the accepted MIME types, wildcards or extensions. */
export function isAcceptedFile(file: { name: string; type: string }, accept: string[]): boolean {
  if (accept.length === 0) {
    return true;
  }

  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();

  return accept.some((entry) => {
    const pattern = entry.trim().toLowerCase();

    if (pattern.startsWith('.')) {
      return name.endsWith(pattern);
    }

    if (pattern.endsWith('/*')) {
      return type.startsWith(pattern.slice(0, -1));
    }

    return type !== '' && type === pattern;
  });
}

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
