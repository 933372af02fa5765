import type { CreatedTicket, TicketClient } from '../client/types';
import { readStoredDraft, removeStoredDraft, writeStoredDraft } from './storedDraft';
import type { AttachmentEntry, DraftStorage, DraftValues } from './types';

/** Content of an attempt to create a draft, kept while the outcome of the attempt is unknown. */
export interface DraftAttempt {
  values: DraftValues;
  /** `fileIdentity` of each attached file. */
  files: string[];
}

/** One draft: what the user typed and attached, and the key that makes its creation idempotent. */
export interface DraftEntry {
  /** Identifies the draft for its whole life; unlike the idempotency key, it never changes. */
  draftId: string;
  values: DraftValues;
  attachments: AttachmentEntry[];
  /**
   * Sent with every attempt to create this draft, so retries never create a second ticket. It is
   * replaced only when the user sends a draft changed after an attempt with an unknown outcome,
   * after the form showed that the earlier attempt may have created a ticket.
   */
  idempotencyKey: string;
  /**
   * The latest attempt while its outcome is unknown: running, timed out, failed on the network or
   * stopped. The backend may have created its ticket.
   */
  lastAttempt?: DraftAttempt;
  /** Names of files attached before the page reloaded; files cannot be kept in Web Storage. */
  lostAttachments?: string[];
  /** Ticket created from this draft, until the user starts another one. */
  created?: CreatedTicket;
}

/**
 * Drafts of this page, by client and draft key, so a host that signs in another user with a new
 * client does not show the previous user's draft during the same page load. Files cannot go to
 * Web Storage, so they live only here.
 */
let drafts = new WeakMap<TicketClient, Map<string, DraftEntry>>();

/** Random id of this page load; drafts in storage written by this page carry it. */
let pageId = createIdempotencyKey();

const clientTokens = new WeakMap<TicketClient, string>();

let clientCount = 0;

/**
 * Returns the token of `client` on this page. A stored draft whose token names this page but
 * another client belongs to a user who signed out without a reload, so it is not restored.
 */
function clientToken(client: TicketClient): string {
  let token = clientTokens.get(client);

  if (token === undefined || !token.startsWith(`${pageId}:`)) {
    clientCount += 1;
    token = `${pageId}:${clientCount}`;
    clientTokens.set(client, token);
  }

  return token;
}

function draftsOf(client: TicketClient): Map<string, DraftEntry> {
  let map = drafts.get(client);

  if (!map) {
    map = new Map();
    drafts.set(client, map);
  }

  return map;
}

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

/**
 * Returns the draft of `client` under `key`: the one of this page, else the text saved in storage
 * before a reload, else undefined.
 */
export function readDraft(
  client: TicketClient,
  key: string,
  storage: DraftStorage | undefined,
): DraftEntry | undefined {
  const current = draftsOf(client).get(key);

  if (current) {
    return current;
  }

  // NOTE: after a reload, no client of this page wrote the stored draft, so any client restores
  // it. Only a `draftKey` per signed-in user keeps one user's text from the next one.
  const stored = readStoredDraft(key, storage);

  if (!stored || (stored.owner?.startsWith(`${pageId}:`) && stored.owner !== clientToken(client))) {
    return undefined;
  }

  const idempotencyKey = stored.idempotencyKey ?? createIdempotencyKey();
  const entry: DraftEntry = {
    draftId: stored.draftId ?? idempotencyKey,
    values: stored.values,
    attachments: [],
    idempotencyKey,
    lastAttempt: stored.lastAttempt,
    lostAttachments: stored.attachmentNames.length > 0 ? stored.attachmentNames : undefined,
  };

  draftsOf(client).set(key, entry);

  return entry;
}

/**
 * Stores the draft of `client` under `key`, and its text fields in `storage` so they survive a
 * reload. `silent` skips the listeners, for keystrokes that the form already shows.
 */
export function writeDraft(
  client: TicketClient,
  key: string,
  entry: DraftEntry,
  storage: DraftStorage | undefined,
  silent = false,
) {
  draftsOf(client).set(key, entry);

  if (!silent) {
    notify(key);
  }

  writeStoredDraft(key, entry, clientToken(client), storage);
}

/** Forgets the draft of `client` under `key`, in this page and in storage. */
export function clearDraft(client: TicketClient, key: string, storage: DraftStorage | undefined) {
  draftsOf(client).delete(key);
  notify(key);
  removeStoredDraft(key, storage);
}

/** Forgets every draft of this page, as a reload does; for tests. */
export function clearAllDrafts() {
  drafts = new WeakMap();
  pageId = createIdempotencyKey();
}
