import type { CreatedTicket } from '../client/types';
import type { AttachmentEntry, DraftStorage, DraftValues } from './types';

/** One draft: what the user typed and attached, and the key that makes its creation idempotent. */
export interface DraftEntry {
  values: DraftValues;
  attachments: AttachmentEntry[];
  /**
   * Sent with every attempt to create this draft, so retries never create a second ticket.
   * NOTE: edits made after a failed attempt keep the key, so a backend that did create the ticket
   * returns it as first sent, without the edits.
   */
  idempotencyKey: string;
  /** Ticket created from this draft, until the user starts another one. */
  created?: CreatedTicket;
}

const STORAGE_PREFIX = 'react-support-tickets:draft:';

/**
 * Drafts of this page, by draft key. Files cannot go to Web Storage, so they live only here.
 * NOTE: attachments are therefore lost on a reload; only the text fields come back.
 */
const drafts = new Map<string, DraftEntry>();

const listeners = new Map<string, Set<() => void>>();

function notify(key: string) {
  listeners.get(key)?.forEach((listener) => listener());
}

/** Calls `listener` when the draft under `key` is replaced or cleared; returns the unsubscriber. */
export function subscribeDraft(key: string, listener: () => void): () => void {
  const set = listeners.get(key) ?? new Set();

  set.add(listener);
  listeners.set(key, set);

  return () => {
    set.delete(listener);
  };
}

/** Returns a random key for one draft, also where `crypto.randomUUID` is missing (plain HTTP). */
export function createIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }

  const bytes = new Uint8Array(16);

  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    crypto.getRandomValues(bytes);
  } else {
    for (let index = 0; index < bytes.length; index += 1) {
      bytes[index] = Math.floor(Math.random() * 256);
    }
  }

  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Returns `sessionStorage`, or undefined where it is missing or blocked (some private modes). */
export function defaultDraftStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function readStored(key: string, storage: DraftStorage | undefined) {
  try {
    const raw = storage?.getItem(STORAGE_PREFIX + key);

    if (!raw) {
      return undefined;
    }

    const parsed = JSON.parse(raw) as Partial<DraftValues> & { idempotencyKey?: string };

    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the draft under `key`: the one of this page, else the text saved in storage before a
 * reload, else undefined.
 */
export function readDraft(key: string, storage: DraftStorage | undefined): DraftEntry | undefined {
  const current = drafts.get(key);

  if (current) {
    return current;
  }

  const stored = readStored(key, storage);

  if (!stored) {
    return undefined;
  }

  const entry: DraftEntry = {
    values: {
      type: typeof stored.type === 'string' ? stored.type : '',
      title: typeof stored.title === 'string' ? stored.title : '',
      categoryId: typeof stored.categoryId === 'string' ? stored.categoryId : '',
      otherCategory: typeof stored.otherCategory === 'string' ? stored.otherCategory : '',
      description: typeof stored.description === 'string' ? stored.description : '',
    },
    attachments: [],
    idempotencyKey:
      typeof stored.idempotencyKey === 'string' ? stored.idempotencyKey : createIdempotencyKey(),
  };

  drafts.set(key, entry);

  return entry;
}

/**
 * Stores the draft under `key`, and its text fields in `storage` so they survive a reload.
 * `silent` skips the listeners, for keystrokes that the form already shows.
 */
export function writeDraft(
  key: string,
  entry: DraftEntry,
  storage: DraftStorage | undefined,
  silent = false,
) {
  drafts.set(key, entry);

  if (!silent) {
    notify(key);
  }

  try {
    if (entry.created) {
      storage?.removeItem(STORAGE_PREFIX + key);
    } else {
      storage?.setItem(
        STORAGE_PREFIX + key,
        JSON.stringify({ ...entry.values, idempotencyKey: entry.idempotencyKey }),
      );
    }
  } catch {
    // A full or blocked storage only costs the copy that survives a reload.
  }
}

/** Forgets the draft under `key`, in this page and in storage. */
export function clearDraft(key: string, storage: DraftStorage | undefined) {
  drafts.delete(key);
  notify(key);

  try {
    storage?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: the entry of this page is gone, and a blocked storage holds nothing new.
  }
}

/** Forgets every draft of this page; for tests. */
export function clearAllDrafts() {
  drafts.clear();
}
