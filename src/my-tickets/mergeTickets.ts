import type { TicketSummary } from '../client/types';

/**
 * Merges a page of tickets into the loaded ones: one entry per id, the version with the latest
 * `updatedAt` wins, latest activity first. Ties keep their loaded order, then the page's order.
 */
export function mergeTickets(loaded: TicketSummary[], page: TicketSummary[]): TicketSummary[] {
  const byId = new Map<string, TicketSummary>();

  for (const ticket of loaded) {
    byId.set(ticket.id, ticket);
  }

  for (const ticket of page) {
    const known = byId.get(ticket.id);

    if (!known || Date.parse(ticket.updatedAt) >= Date.parse(known.updatedAt)) {
      byId.set(ticket.id, ticket);
    }
  }

  return sortByActivity([...byId.values()]);
}

/** Returns the tickets latest activity first; a stable sort, so ties keep their order. */
export function sortByActivity(tickets: TicketSummary[]): TicketSummary[] {
  const entries = tickets.map((ticket, index) => ({
    ticket,
    index,
    time: Date.parse(ticket.updatedAt) || 0,
  }));

  entries.sort((a, b) => b.time - a.time || a.index - b.index);

  return entries.map((entry) => entry.ticket);
}
