import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { TicketClient } from '../client/types';
import { SupportContext } from '../provider/SupportContext';
import {
  countUpdatedTickets,
  knownTicketsVersion,
  rememberTickets,
  subscribeKnownTickets,
} from './knownTickets';
import { DEFAULT_LAST_SEEN_STORAGE_KEY, readLastSeen, subscribeLastSeen } from './lastSeen';

/** Options of `useUpdatedTicketCount`. */
export interface UpdatedTicketCountOptions {
  /**
   * Number of most recently active tickets to check; older tickets count once `MyTickets` has
   * loaded them. @default 50
   */
  limit?: number;
  /** Interval in ms at which the tickets are checked again; 0 or absent checks once. */
  pollInterval?: number;
  /** Same key as the `lastSeenStorageKey` of `MyTickets`. @default 'react-support-tickets:last-seen' */
  lastSeenStorageKey?: string;
}

/**
 * Returns how many of the user's tickets changed since the user last opened them, for a badge
 * on a "My tickets" entry. Loads the most recently active tickets once (and on `pollInterval`),
 * and follows what `MyTickets` loads and opens with the same client, in this tab and others.
 * The client comes from the argument, else from `SupportProvider`.
 */
export function useUpdatedTicketCount(
  client?: TicketClient,
  options: UpdatedTicketCountOptions = {},
): number {
  const context = useContext(SupportContext);
  const resolvedClient = client ?? context?.client;
  const { limit = 50, pollInterval } = options;
  const storageKey = options.lastSeenStorageKey ?? DEFAULT_LAST_SEEN_STORAGE_KEY;

  if (!resolvedClient) {
    throw new Error(
      'react-support-tickets: useUpdatedTicketCount() has no ticket client, so it cannot count ' +
        'updated tickets. Pass a client as its first argument or call it inside <SupportProvider client={…}>.',
    );
  }

  const activeClient: TicketClient = resolvedClient;

  useEffect(() => {
    const controller = new AbortController();

    function check() {
      activeClient
        .listMyTickets({ status: 'all', limit }, { signal: controller.signal })
        .then((page) => rememberTickets(activeClient, page.tickets))
        // A failed check keeps the last count; the next poll or MyTickets brings fresh tickets.
        .catch(() => undefined);
    }

    check();

    const timer = pollInterval && pollInterval > 0 ? window.setInterval(check, pollInterval) : 0;

    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [activeClient, limit, pollInterval]);

  return useKnownUpdatedCount(activeClient, storageKey);
}

/** Counts the updated tickets among those the client has returned so far, without loading any. */
export function useKnownUpdatedCount(client: TicketClient, storageKey: string): number {
  const subscribe = useCallback(
    (listener: () => void) => subscribeKnownTickets(client, listener),
    [client],
  );
  const version = useSyncExternalStore(
    subscribe,
    () => knownTicketsVersion(client),
    () => knownTicketsVersion(client),
  );
  const lastSeen = useSyncExternalStore(
    subscribeLastSeen,
    () => readLastSeen(storageKey),
    () => readLastSeen(storageKey),
  );

  return useMemo(
    () => countUpdatedTickets(client, lastSeen),
    // `version` changes whenever the known tickets do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, lastSeen, version],
  );
}
