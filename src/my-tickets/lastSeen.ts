import type { TicketSummary } from '../client/types';

/** Storage key of the last-seen times when the host gives none. */
export const DEFAULT_LAST_SEEN_STORAGE_KEY = 'react-support-tickets:last-seen';

/** Maximum number of tickets with a stored last-seen time. The oldest entries are dropped first. */
const MAX_ENTRIES = 1000;

/** `updatedAt` of each ticket as the user last saw it, by ticket id. */
export type LastSeenMap = Readonly<Record<string, string>>;

const emptyMap: LastSeenMap = Object.freeze({});
/** Parsed maps by key, with the stored text they came from, so unchanged text parses once. */
const cache = new Map<string, { raw: string | null; map: LastSeenMap }>();
/** Maps of keys whose storage failed, kept for the life of the page. */
const memoryOnly = new Map<string, LastSeenMap>();
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Reading localStorage throws when the browser blocks storage for the page.
    return undefined;
  }
}

function parse(raw: string | null): LastSeenMap {
  if (!raw) {
    return emptyMap;
  }

  try {
    const value: unknown = JSON.parse(raw);

    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return emptyMap;
    }

    const entries = Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );

    return Object.freeze(Object.fromEntries(entries));
  } catch {
    return emptyMap;
  }
}

function notify() {
  for (const listener of listeners) {
    listener();
  }
}

/** Returns the last-seen times stored under `key`, as the same object until they change. */
export function readLastSeen(key: string): LastSeenMap {
  const fallback = memoryOnly.get(key);

  if (fallback) {
    return fallback;
  }

  let raw: string | null;

  try {
    raw = storage()?.getItem(key) ?? null;
  } catch {
    raw = null;
  }

  const cached = cache.get(key);

  if (cached && cached.raw === raw) {
    return cached.map;
  }

  const map = parse(raw);

  cache.set(key, { raw, map });

  return map;
}

/** Records that the user saw the ticket as of `updatedAt`. An older time changes nothing. */
export function markSeen(key: string, ticketId: string, updatedAt: string) {
  const current = readLastSeen(key);
  const previous = current[ticketId];

  if (previous !== undefined && Date.parse(previous) >= Date.parse(updatedAt)) {
    return;
  }

  const entries = Object.entries(current).filter(([id]) => id !== ticketId);

  entries.push([ticketId, updatedAt]);

  const next = Object.freeze(Object.fromEntries(entries.slice(-MAX_ENTRIES)));

  const raw = JSON.stringify(next);

  try {
    const store = storage();

    if (!store) {
      throw new Error('No localStorage');
    }

    store.setItem(key, raw);
    cache.set(key, { raw, map: next });
  } catch {
    // A full or blocked storage keeps the marks for the life of this page only.
    memoryOnly.set(key, next);
  }

  notify();
}

function handleStorage(event: StorageEvent) {
  if (event.key === null || cache.has(event.key)) {
    notify();
  }
}

/** Subscribes `listener` to last-seen changes in this tab or another, and returns the unsubscribe. */
export function subscribeLastSeen(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('storage', handleStorage);
  }

  listeners.add(listener);

  return () => {
    listeners.delete(listener);

    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('storage', handleStorage);
    }
  };
}

/**
 * Returns true when the ticket changed after the user last opened it. A ticket never opened
 * counts as seen when it was created, because the user created it.
 */
export function isTicketUpdated(
  ticket: Pick<TicketSummary, 'id' | 'updatedAt' | 'createdAt'>,
  lastSeen: LastSeenMap,
): boolean {
  const seen = lastSeen[ticket.id] ?? ticket.createdAt;

  return Date.parse(ticket.updatedAt) > Date.parse(seen);
}
