import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../client/errors';
import type { TicketClient, TicketDetail } from '../client/types';

/** State of the detail: the ticket once loaded, or the error that prevents it. */
export interface TicketDetailState {
  phase: 'loading' | 'ready' | 'error';
  ticket: TicketDetail | null;
  error: unknown;
  /** True while a refresh or poll reloads a ticket that is already shown. */
  refreshing: boolean;
}

/**
 * Loads one ticket and keeps it current. Every load and every local change takes a sequence
 * number, and a response applies only when no later load or change started after it, so a slow
 * old response never overwrites newer data. Loads abort on unmount.
 */
export function useTicketDetail(
  client: TicketClient,
  ticketId: string,
  pollInterval: number | undefined,
) {
  const [state, setState] = useState<TicketDetailState>({
    phase: 'loading',
    ticket: null,
    error: null,
    refreshing: false,
  });
  const sequenceRef = useRef(0);
  const loadedRef = useRef(false);
  /** The running load, or null when none runs. */
  const controllerRef = useRef<AbortController | null>(null);

  loadedRef.current = state.ticket !== null;

  const load = useCallback(async () => {
    controllerRef.current?.abort();

    const controller = new AbortController();
    const sequence = (sequenceRef.current += 1);

    controllerRef.current = controller;
    setState((previous) =>
      previous.ticket
        ? { ...previous, refreshing: true }
        : { phase: 'loading', ticket: null, error: null, refreshing: false },
    );

    try {
      const ticket = await client.getTicket(ticketId, { signal: controller.signal });

      if (sequence === sequenceRef.current) {
        setState({ phase: 'ready', ticket: withDefaults(ticket), error: null, refreshing: false });
      }
    } catch (error) {
      if (isAbortError(error) || sequence !== sequenceRef.current) {
        return;
      }

      // A failed refresh keeps the ticket on screen; only a first load shows the error.
      setState((previous) =>
        previous.ticket
          ? { ...previous, refreshing: false }
          : { phase: 'error', ticket: null, error, refreshing: false },
      );
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null;
      }
    }
  }, [client, ticketId]);

  /** Applies a change the user made, and drops any load that started before it. */
  const update = useCallback((change: (ticket: TicketDetail) => TicketDetail) => {
    sequenceRef.current += 1;
    controllerRef.current?.abort();
    controllerRef.current = null;
    setState((previous) =>
      previous.ticket
        ? { ...previous, ticket: change(previous.ticket), refreshing: false }
        : previous,
    );
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!pollInterval || pollInterval <= 0) {
      return undefined;
    }

    const timer = window.setInterval(() => {
      // Polling refreshes a shown ticket; an error stays until the user presses Retry. A tick
      // while a load runs does nothing: starting a load aborts the running one, so on a backend
      // slower than the interval every tick would cancel the last and no response would arrive.
      if (
        document.visibilityState !== 'hidden' &&
        loadedRef.current &&
        controllerRef.current === null
      ) {
        void load();
      }
    }, pollInterval);

    return () => window.clearInterval(timer);
  }, [load, pollInterval]);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
      sequenceRef.current += 1;
    },
    [],
  );

  return { state, reload: load, update };
}

/**
 * Returns the ticket with empty lists and text in place of missing ones, because a client that
 * sends `comments: null` must not make the whole view fail.
 */
function withDefaults(ticket: TicketDetail): TicketDetail {
  return {
    ...ticket,
    description: ticket.description ?? '',
    attachments: ticket.attachments ?? [],
    comments: (ticket.comments ?? []).map((comment) =>
      comment.attachments ? comment : { ...comment, attachments: [] },
    ),
    participants: ticket.participants ?? [],
    statusHistory: ticket.statusHistory ?? [],
  };
}
