import { useMemo, useRef } from 'react';
import type { TicketClient } from '../client/types';

/** The clients `MyTickets` works with while one user is signed in. */
export interface SessionClient {
  /**
   * Sends every call to the latest client passed in, and keeps its identity until the session
   * key changes, so effects that depend on it do not run again when the host re-renders.
   */
  client: TicketClient;
  /** The client passed in when the session began: the key under which loaded tickets are counted. */
  registry: TicketClient;
}

/**
 * Returns a stable client for one session. Hosts often write `client={{ ...api }}`, which makes a
 * new object on every render. Effects that depend on that object would reload the list and the
 * open ticket on each render, so requests go through a ref to the latest client instead.
 */
export function useSessionClient(client: TicketClient, sessionKey: string): SessionClient {
  const latestRef = useRef(client);

  latestRef.current = client;

  return useMemo(
    () => ({ client: forwardTo(latestRef), registry: latestRef.current }),
    // A new session key means another user: a new session, so everything loads again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionKey],
  );
}

/**
 * Creates a client that reads each property from `latest` at call time. It is a Proxy rather than
 * a copy, so optional methods such as `removeParticipant` exist exactly when the latest client has
 * them.
 */
function forwardTo(latest: { readonly current: TicketClient }): TicketClient {
  return new Proxy({} as TicketClient, {
    get(_target, property) {
      const current = latest.current as unknown as Record<PropertyKey, unknown>;
      const value = current[property];

      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(current)
        : value;
    },
    has(_target, property) {
      return property in latest.current;
    },
  });
}
