import type { TicketPage } from '../client/types';
import { warnOnce } from './devWarning';

/** Empty pages in a row loaded without the user asking, before "Load more" is shown instead. */
export const MAX_EMPTY_PAGES = 3;

/**
 * Loads the page at `cursor` and, while pages come back empty with a next cursor, the pages after
 * it, up to `MAX_EMPTY_PAGES` empty pages in a row. Backends that filter after paging return
 * such pages, and an empty page must not read as "no tickets". A page that returns the cursor it
 * was asked for, or only tickets in `known`, ends the list, because asking again would bring the
 * same page.
 */
export async function followPages(
  fetchPage: (cursor: string | undefined) => Promise<TicketPage>,
  cursor: string | undefined,
  known: ReadonlySet<string>,
): Promise<TicketPage> {
  let requested = cursor;

  for (let emptyPages = 1; ; emptyPages += 1) {
    const page = await fetchPage(requested);
    const repeated = requested !== undefined && page.nextCursor === requested;
    const nothingNew =
      requested !== undefined &&
      page.tickets.length > 0 &&
      page.tickets.every((ticket) => known.has(ticket.id));

    if (repeated || nothingNew) {
      warnOnce(
        `the ticket client returned a repeated cursor ("${requested}"): the page after it ` +
          'brought no new tickets, so the list ends there and "Load more" is hidden. ' +
          'Make listMyTickets return the cursor of the following page, or null after the last one.',
      );

      return { tickets: page.tickets, nextCursor: null };
    }

    if (page.tickets.length > 0 || page.nextCursor === null || emptyPages >= MAX_EMPTY_PAGES) {
      return page;
    }

    requested = page.nextCursor;
  }
}
