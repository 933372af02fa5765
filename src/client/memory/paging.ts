import type { TicketDetail, TicketPage, TicketQuery } from '../types';
import { toSummary } from './store';
import { invalid } from './validation';

/** Page size when the query gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/** Largest page the memory client returns, whatever limit the query requests. */
export const MAX_PAGE_SIZE = 100;

/** Position in the list: the sort key of the last ticket of the previous page. */
interface CursorPosition {
  updatedAt: string;
  id: string;
}

const STATUS_FILTERS = new Set(['all', 'open', 'waiting-for-user', 'resolved']);

/**
 * Orders tickets latest activity first, then by id descending so that tickets with the same
 * `updatedAt` keep one order between calls.
 */
export function compareByActivity(a: CursorPosition, b: CursorPosition): number {
  if (a.updatedAt !== b.updatedAt) {
    return a.updatedAt > b.updatedAt ? -1 : 1;
  }

  if (a.id === b.id) {
    return 0;
  }

  return a.id > b.id ? -1 : 1;
}

/** Encodes the position after a ticket as an opaque, URL-safe cursor. */
export function encodeCursor(position: CursorPosition): string {
  const json = JSON.stringify([position.updatedAt, position.id]);

  return btoa(encodeURIComponent(json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a cursor made by `encodeCursor`, or throws `invalid`. */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const value: unknown = JSON.parse(decodeURIComponent(atob(base64)));

    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { updatedAt: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the error below: the cursor was not made by this client.
  }

  throw invalid(`Cursor ${JSON.stringify(cursor)} is not one this client returned`, {
    cursor: 'The list position is no longer valid; reload the list',
  });
}

/** Returns the page size to use: the default when absent, else clamped to 1…`MAX_PAGE_SIZE`. */
export function normalizePageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) {
    return DEFAULT_PAGE_SIZE;
  }

  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
}

/**
 * Returns one page of the tickets that `reporterEmail` filed. The cursor contains the sort key of
 * the last ticket shown, not an offset, so tickets created or updated between pages move above
 * it and no unchanged ticket is skipped or shown twice. Each call filters and sorts all tickets,
 * O(n log n) in the number of matches.
 */
export function listPage(
  tickets: Iterable<TicketDetail>,
  query: TicketQuery,
  reporterEmail: string,
): TicketPage {
  const status = query.status ?? 'all';

  if (!STATUS_FILTERS.has(status)) {
    throw invalid(`Unknown status filter ${JSON.stringify(status)}`, {
      status: 'Choose open, waiting-for-user, resolved or all',
    });
  }

  const reporter = reporterEmail.trim().toLowerCase();
  const search = (query.search ?? '').trim().toLowerCase();
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const pageSize = normalizePageSize(query.limit);
  const matches: TicketDetail[] = [];

  for (const ticket of tickets) {
    if (ticket.reporter.email?.trim().toLowerCase() !== reporter) {
      continue;
    }

    if (status !== 'all' && ticket.status.category !== status) {
      continue;
    }

    if (
      search !== '' &&
      !ticket.key.toLowerCase().includes(search) &&
      !ticket.title.toLowerCase().includes(search)
    ) {
      continue;
    }

    if (after !== undefined && compareByActivity(ticket, after) <= 0) {
      continue;
    }

    matches.push(ticket);
  }

  matches.sort(compareByActivity);

  const page = matches.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor = matches.length > pageSize && last !== undefined ? encodeCursor(last) : null;

  return { tickets: page.map(toSummary), nextCursor };
}
