import type { TicketAttachment } from '../types';
import { canCreateObjectUrl, readAsDataUrl } from './attachments';
import { invalid } from './validation';

/** A file of a new ticket, with its data: URL when it must be saved or blob: URLs are missing. */
export interface PreparedFile {
  file: File;
  dataUrl: string | undefined;
}

/**
 * Reads the files that need a data: URL: those up to `maxInlineSize` bytes when the client
 * persists, and every file where `URL.createObjectURL` is missing (as in jsdom). A file that
 * cannot be read rejects with `invalid` on `attachments`.
 */
export function prepareFiles(
  files: readonly File[],
  maxInlineSize: number | undefined,
  signal: AbortSignal | undefined,
): Promise<PreparedFile[]> {
  const blobUrls = canCreateObjectUrl();

  return Promise.all(
    files.map(async (file) => {
      const inline = !blobUrls || (maxInlineSize !== undefined && file.size <= maxInlineSize);

      if (!inline) {
        return { file, dataUrl: undefined };
      }

      try {
        return { file, dataUrl: await readAsDataUrl(file, signal) };
      } catch (error) {
        if (signal?.aborted) {
          throw error;
        }

        throw invalid(`Reading "${file.name}" failed`, {
          attachments: `"${file.name}" could not be read; attach it again`,
        });
      }
    }),
  );
}

/** The `blob:` URLs a client made, so that `dispose` can revoke them. */
export class ObjectUrlRegistry {
  private readonly urls = new Set<string>();

  /** Returns a URL the browser can open for the file: its data: URL, else a new blob: URL. */
  urlFor({ file, dataUrl }: PreparedFile): string {
    if (dataUrl !== undefined) {
      return dataUrl;
    }

    if (canCreateObjectUrl()) {
      const url = URL.createObjectURL(file);

      this.urls.add(url);

      return url;
    }

    // NOTE: where neither URL.createObjectURL nor FileReader exists, the file cannot be opened
    // again, so its URL is about:blank.
    return 'about:blank';
  }

  /** Revokes every URL made so far. */
  revokeAll(): void {
    for (const url of this.urls) {
      URL.revokeObjectURL(url);
    }

    this.urls.clear();
  }
}

/** Returns the attachment record of a prepared file. */
export function toAttachment(
  prepared: PreparedFile,
  id: string,
  urls: ObjectUrlRegistry,
): TicketAttachment {
  return {
    id,
    name: prepared.file.name,
    size: prepared.file.size,
    type: prepared.file.type,
    url: urls.urlFor(prepared),
  };
}
