import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../client/errors';
import type { StatusCategory, TicketClient, TicketSummary } from '../client/types';
import { followPages } from './followPages';
import { rememberTickets } from './knownTickets';
import { mergeTickets } from './mergeTickets';

/** Status filter of the list: one category, or every ticket. */
export type TicketStatusFilter = StatusCategory | 'all';

/** State of the list: the loaded tickets and the requests that are running. */
export interface TicketListState {
  tickets: TicketSummary[];
  nextCursor: string | null;
  /** State of the first page: `loading` shows placeholders, `error` shows Retry. */
  phase: 'loading' | 'ready' | 'error';
  error: unknown;
  /** True while a refresh or poll reloads the first page behind the shown tickets. */
  refreshing: boolean;
  /** State of the latest "Load more". */
  more: 'idle' | 'loading' | 'error';
  moreError: unknown;
  /** Increases each time a filter or search result arrives, so the count can be announced. */
  resultVersion: number;
}

const initialState: TicketListState = {
  tickets: [],
  nextCursor: null,
  phase: 'loading',
  error: null,
  refreshing: false,
  more: 'idle',
  moreError: null,
  resultVersion: 0,
};

interface TicketListQuery {
  status: TicketStatusFilter;
  search: string;
  pageSize: number;
}

/**
 * Loads the user's tickets for a status and search, page by page. A new query aborts the
 * requests of the previous one, and every response checks that it is still the latest of its kind
 * before it touches the state, so a slow old response never overwrites a newer one. `registry` is
 * the client under which loaded tickets are counted for the updated count.
 */
export function useTicketList(
  client: TicketClient,
  registry: TicketClient,
  query: TicketListQuery,
) {
  const { status, search, pageSize } = query;
  const [state, setState] = useState<TicketListState>(initialState);
  const stateRef = useRef(state);
  const generationRef = useRef(0);
  const headSequenceRef = useRef(0);
  const controllersRef = useRef(new Set<AbortController>());

  stateRef.current = state;

  const startRequest = useCallback(() => {
    const controller = new AbortController();

    controllersRef.current.add(controller);

    return controller;
  }, []);

  const finishRequest = useCallback((controller: AbortController) => {
    controllersRef.current.delete(controller);
  }, []);

  const abortAll = useCallback(() => {
    for (const controller of controllersRef.current) {
      controller.abort();
    }

    controllersRef.current.clear();
  }, []);

  const fetchPage = useCallback(
    async (cursor: string | undefined, signal: AbortSignal) => {
      const page = await client.listMyTickets(
        { status, search: search || undefined, cursor, limit: pageSize },
        { signal },
      );

      rememberTickets(registry, page.tickets);

      return page;
    },
    [client, registry, status, search, pageSize],
  );

  const reload = useCallback(async () => {
    abortAll();
    generationRef.current += 1;
    headSequenceRef.current += 1;

    const generation = generationRef.current;
    const controller = startRequest();

    setState((previous) => ({
      ...initialState,
      resultVersion: previous.resultVersion,
    }));

    try {
      const page = await followPages(
        (cursor) => fetchPage(cursor, controller.signal),
        undefined,
        new Set(),
      );

      if (generation !== generationRef.current) {
        return;
      }

      setState((previous) => ({
        ...initialState,
        tickets: mergeTickets([], page.tickets),
        nextCursor: page.nextCursor,
        phase: 'ready',
        resultVersion: previous.resultVersion + 1,
      }));
    } catch (error) {
      if (isAbortError(error) || generation !== generationRef.current) {
        return;
      }

      setState((previous) => ({ ...previous, phase: 'error', error }));
    } finally {
      finishRequest(controller);
    }
  }, [abortAll, fetchPage, finishRequest, startRequest]);

  /**
   * Reloads the first page behind the shown tickets and merges it in. Tickets move up when they
   * change, so the first page is where changed and new tickets appear.
   */
  const refresh = useCallback(async () => {
    if (stateRef.current.phase !== 'ready') {
      return reload();
    }

    const generation = generationRef.current;
    const sequence = (headSequenceRef.current += 1);
    const controller = startRequest();

    setState((previous) => ({ ...previous, refreshing: true }));

    try {
      const page = await fetchPage(undefined, controller.signal);

      if (generation !== generationRef.current || sequence !== headSequenceRef.current) {
        return;
      }

      setState((previous) => {
        // With one page shown, the new page replaces it, so tickets that left the filter go.
        const onlyFirstPage = previous.tickets.length <= pageSize;

        return {
          ...previous,
          tickets: onlyFirstPage
            ? mergeTickets([], page.tickets)
            : mergeTickets(previous.tickets, page.tickets),
          nextCursor: onlyFirstPage ? page.nextCursor : previous.nextCursor,
          refreshing: false,
        };
      });
    } catch (error) {
      if (!isAbortError(error) && sequence === headSequenceRef.current) {
        setState((previous) => ({ ...previous, refreshing: false }));
      }
    } finally {
      finishRequest(controller);
    }
  }, [fetchPage, finishRequest, pageSize, reload, startRequest]);

  /**
   * Loads the page after the last one and, at the same time, the first page again: a ticket
   * that changed since the list loaded has moved up out of the next page, and would otherwise
   * be missing. Merging by id removes the tickets that both pages contain.
   * NOTE: when more tickets changed than one page holds, those beyond the first page show only
   * after a refresh.
   */
  const loadMore = useCallback(async () => {
    const { nextCursor, more, phase, tickets } = stateRef.current;

    if (!nextCursor || more === 'loading' || phase !== 'ready') {
      return;
    }

    const generation = generationRef.current;
    const controller = startRequest();

    setState((previous) => ({ ...previous, more: 'loading', moreError: null }));

    try {
      const known = new Set(tickets.map((ticket) => ticket.id));
      const [nextPage, firstPage] = await Promise.all([
        followPages((cursor) => fetchPage(cursor, controller.signal), nextCursor, known),
        fetchPage(undefined, controller.signal),
      ]);

      if (generation !== generationRef.current) {
        return;
      }

      setState((previous) => ({
        ...previous,
        tickets: mergeTickets(previous.tickets, [...firstPage.tickets, ...nextPage.tickets]),
        nextCursor: nextPage.nextCursor,
        more: 'idle',
      }));
    } catch (error) {
      if (isAbortError(error) || generation !== generationRef.current) {
        return;
      }

      setState((previous) => ({ ...previous, more: 'error', moreError: error }));
    } finally {
      finishRequest(controller);
    }
  }, [fetchPage, finishRequest, startRequest]);

  /** Refreshes a list that is shown, and leaves loading and error states alone. */
  const poll = useCallback(async () => {
    if (stateRef.current.phase === 'ready' && !stateRef.current.refreshing) {
      await refresh();
    }
  }, [refresh]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => abortAll, [abortAll]);

  return { state, reload, refresh, poll, loadMore };
}
