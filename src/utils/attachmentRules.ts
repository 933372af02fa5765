import type { AttachmentRules } from '../client/types';

/** MIME types that browsers give when they do not know a file's type. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream']);

/**
 * MIME types of common extensions, for files whose browser-given type is empty or generic. Windows
 * often reports CSV, Markdown and log files as `application/octet-stream` or not at all.
 */
const TYPES_BY_EXTENSION: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.har': 'application/json',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
};

/** Returns the lower-case extension of a file name with its dot, or '' when it has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');

  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Returns the file's MIME type, inferred from its extension when the browser gave none. */
export function effectiveType(file: File): string {
  const type = file.type.toLowerCase();

  if (!GENERIC_TYPES.has(type)) {
    return type;
  }

  return TYPES_BY_EXTENSION[fileExtension(file.name)] ?? type;
}

/** Returns true when the file matches one of the accepted MIME types, wildcards or extensions. */
export function isAcceptedFile(file: File, accept: readonly string[]): boolean {
  if (accept.length === 0) {
    return true;
  }

  const extension = fileExtension(file.name);
  const type = effectiveType(file);

  return accept.some((rule) => {
    const normalized = rule.trim().toLowerCase();

    if (normalized.startsWith('.')) {
      return extension === normalized;
    }

    if (normalized.endsWith('/*')) {
      return type.startsWith(normalized.slice(0, -1));
    }

    return type === normalized;
  });
}

/** Returns the value of the file input's `accept` attribute, with extensions for the MIME types. */
export function acceptAttribute(accept: readonly string[]): string | undefined {
  if (accept.length === 0) {
    return undefined;
  }

  const extensions = Object.entries(TYPES_BY_EXTENSION)
    .filter(([, type]) =>
      accept.some((rule) => rule === type || type.startsWith(rule.replace('*', ''))),
    )
    .map(([extension]) => extension);

  return Array.from(new Set([...accept, ...extensions])).join(',');
}

/** Returns a short list of the accepted types for messages, such as "images, .pdf, .csv". */
export function describeAccept(accept: readonly string[]): string {
  const names = accept.map((rule) => {
    if (rule.endsWith('/*')) {
      return `${rule.slice(0, -2)} files`;
    }

    if (rule.startsWith('.')) {
      return rule;
    }

    const extension = Object.entries(TYPES_BY_EXTENSION).find(([, type]) => type === rule)?.[0];

    return extension ?? rule;
  });

  return Array.from(new Set(names)).join(', ');
}

/** Returns the key under which two picks of the same file count as one. */
export function fileIdentity(file: File): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Names a pasted file. Browsers name every pasted screenshot `image.png`, so images get a
 * timestamped name such as `screenshot-2026-12-04-1612.png`.
 */
export function pastedFileName(file: File, now: Date = new Date()): string {
  const isGenericName = file.name === '' || /^image\.\w+$/i.test(file.name);

  if (!file.type.startsWith('image/') || !isGenericName) {
    return file.name || 'pasted-file';
  }

  const extension = file.type.slice('image/'.length).replace('jpeg', 'jpg').replace(/\+.*$/, '');
  const stamp =
    `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}-` +
    `${twoDigits(now.getHours())}${twoDigits(now.getMinutes())}`;

  return `screenshot-${stamp}.${extension}`;
}

/** Reason a file was not attached. */
export type RejectionReason = 'too-large' | 'type' | 'too-many' | 'duplicate' | 'empty';

/** A file that was not attached, with the reason. */
export interface RejectedFile {
  name: string;
  reason: RejectionReason;
}

/** Result of `sortFiles`: the files to attach and the files left out. */
export interface SortedFiles {
  accepted: File[];
  rejected: RejectedFile[];
}

/**
 * Splits newly added files into accepted and rejected ones by the rules. Files beyond the count
 * limit are rejected one by one, so the earlier files of the same drop are still attached.
 */
export function sortFiles(
  files: readonly File[],
  existing: readonly File[],
  rules: AttachmentRules,
): SortedFiles {
  const seen = new Set(existing.map(fileIdentity));
  const accepted: File[] = [];
  const rejected: RejectedFile[] = [];

  for (const file of files) {
    const identity = fileIdentity(file);
    let reason: RejectionReason | undefined;

    if (seen.has(identity)) {
      reason = 'duplicate';
    } else if (!isAcceptedFile(file, rules.accept)) {
      reason = 'type';
    } else if (file.size === 0) {
      reason = 'empty';
    } else if (file.size > rules.maxFileSize) {
      reason = 'too-large';
    } else if (existing.length + accepted.length >= rules.maxFiles) {
      reason = 'too-many';
    }

    if (reason) {
      rejected.push({ name: file.name, reason });
    } else {
      accepted.push(file);
      seen.add(identity);
    }
  }

  return { accepted, rejected };
}
