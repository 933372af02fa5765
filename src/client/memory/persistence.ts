import type { TicketAttachment, TicketDetail } from '../types';
import type { StoreState } from './store';
import type { MemoryPersistOptions } from './types';

/** Version of the saved format; a saved state of another version is ignored. */
const STATE_VERSION = 1;

/** Default largest attachment, in bytes, that is saved inline as a data: URL. */
export const DEFAULT_MAX_INLINE_ATTACHMENT_SIZE = 512 * 1024;

/** URL saved in place of a `blob:` URL, which stops working when the page unloads. */
const EXPIRED_URL = 'about:blank';

/** Loads and saves the memory client's tickets in Web Storage. */
export interface Persistence {
  /** Returns the saved state, or undefined when there is none or it cannot be read. */
  load(): StoreState | undefined;
  save(state: StoreState): void;
}

function resolveStorage(options: MemoryPersistOptions): Storage | undefined {
  if (options.storage !== undefined) {
    return options.storage;
  }

  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Reading localStorage throws a SecurityError where the page may not use storage.
    return undefined;
  }
}

function isSavedState(value: unknown): value is { version: number } & StoreState {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const state = value as Record<string, unknown>;

  return (
    state.version === STATE_VERSION &&
    typeof state.sequence === 'number' &&
    Array.isArray(state.tickets) &&
    state.tickets.every(
      (ticket: Partial<TicketDetail> | null) =>
        typeof ticket?.id === 'string' &&
        typeof ticket.key === 'string' &&
        typeof ticket.updatedAt === 'string' &&
        Array.isArray(ticket.comments) &&
        Array.isArray(ticket.statusHistory),
    )
  );
}

/**
 * Replaces session-only `blob:` URLs before saving.
 * NOTE: attachments above the inline size were kept as `blob:` URLs, so after a reload they are
 * listed with `about:blank` and cannot be opened.
 */
function withSavableUrl(attachment: TicketAttachment): TicketAttachment {
  return attachment.url.startsWith('blob:') ? { ...attachment, url: EXPIRED_URL } : attachment;
}

function toSavable(ticket: TicketDetail): TicketDetail {
  return {
    ...ticket,
    attachments: ticket.attachments.map(withSavableUrl),
    comments: ticket.comments.map((comment) => ({
      ...comment,
      attachments: comment.attachments.map(withSavableUrl),
    })),
  };
}

/** Creates the `Persistence` for these options; it warns once per problem and never throws. */
export function createPersistence(options: MemoryPersistOptions): Persistence {
  const storage = resolveStorage(options);
  const warned = new Set<string>();

  function warnOnce(problem: string, error?: unknown): void {
    if (!warned.has(problem)) {
      warned.add(problem);
      console.warn(`react-support-tickets: ${problem}`, ...(error === undefined ? [] : [error]));
    }
  }

  if (storage === undefined) {
    warnOnce(
      `the memory client cannot persist to "${options.key}" because no Web Storage is ` +
        'available; pass persist.storage, or tickets last until the page unloads.',
    );
  }

  return {
    load() {
      try {
        const text = storage?.getItem(options.key);

        if (text === null || text === undefined) {
          return undefined;
        }

        const value: unknown = JSON.parse(text);

        if (isSavedState(value)) {
          return { tickets: value.tickets, sequence: value.sequence };
        }
      } catch {
        // Handled below like any other unreadable state.
      }

      warnOnce(
        `the saved tickets under "${options.key}" could not be read, so the memory client ` +
          'starts from its seed tickets and overwrites the saved state on the next change.',
      );

      return undefined;
    },

    save(state) {
      const saved = {
        version: STATE_VERSION,
        sequence: state.sequence,
        tickets: state.tickets.map(toSavable),
      };

      try {
        storage?.setItem(options.key, JSON.stringify(saved));
      } catch (error) {
        warnOnce(
          `saving the tickets under "${options.key}" failed, for example because the storage ` +
            'quota is full; changes last until the page unloads.',
          error,
        );
      }
    },
  };
}
