import type { TicketClient, TicketSummary } from '../client/types';
import { isTicketUpdated, type LastSeenMap } from './lastSeen';

type KnownTicket = Pick<TicketSummary, 'id' | 'updatedAt' | 'createdAt'>;

interface Registry {
  tickets: Map<string, KnownTicket>;
  version: number;
  listeners: Set<() => void>;
}

/** Tickets each client has returned in this page, so the updated count spans every view. */
const registries = new WeakMap<TicketClient, Registry>();

function registryOf(client: TicketClient): Registry {
  let registry = registries.get(client);

  if (!registry) {
    registry = { tickets: new Map(), version: 0, listeners: new Set() };
    registries.set(client, registry);
  }

  return registry;
}

/** Records tickets a client returned; a version older than the known one is ignored. */
export function rememberTickets(client: TicketClient, tickets: readonly KnownTicket[]) {
  const registry = registryOf(client);
  let changed = false;

  for (const ticket of tickets) {
    const known = registry.tickets.get(ticket.id);

    if (!known || Date.parse(ticket.updatedAt) > Date.parse(known.updatedAt)) {
      registry.tickets.set(ticket.id, {
        id: ticket.id,
        updatedAt: ticket.updatedAt,
        createdAt: ticket.createdAt,
      });
      changed = true;
    }
  }

  if (changed) {
    registry.version += 1;

    for (const listener of registry.listeners) {
      listener();
    }
  }
}

/** Returns a number that changes whenever the client's known tickets change. */
export function knownTicketsVersion(client: TicketClient): number {
  return registryOf(client).version;
}

/** Subscribes to changes of the client's known tickets, and returns the unsubscribe. */
export function subscribeKnownTickets(client: TicketClient, listener: () => void): () => void {
  const { listeners } = registryOf(client);

  listeners.add(listener);

  return () => {
    listeners.delete(listener);
  };
}

/** Counts the client's known tickets that changed since the user last opened them. */
export function countUpdatedTickets(client: TicketClient, lastSeen: LastSeenMap): number {
  let count = 0;

  for (const ticket of registryOf(client).tickets.values()) {
    if (isTicketUpdated(ticket, lastSeen)) {
      count += 1;
    }
  }

  return count;
}
