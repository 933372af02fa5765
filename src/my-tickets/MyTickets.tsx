import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { TicketClient, TicketDetail } from '../client/types';
import type { SupportSettings } from '../provider/SupportContext';
import { useSupport } from '../provider/useSupport';
import { ErrorBoundary } from '../utils/ErrorBoundary';
import {
  DEFAULT_LAST_SEEN_STORAGE_KEY,
  isTicketUpdated,
  markSeen,
  readLastSeen,
  subscribeLastSeen,
} from './lastSeen';
import { rememberTickets } from './knownTickets';
import { normalizePageSize, normalizePollInterval } from './limits';
import { RenderFailure } from './RenderFailure';
import { TicketDetailView } from './TicketDetailView';
import { TicketList } from './TicketList';
import { useControllableState } from '../hooks/useControllableState';
import { useSessionClient } from './useSessionClient';
import { useKnownUpdatedCount } from './useUpdatedTicketCount';

/** Props of `MyTickets`. */
export interface MyTicketsProps extends SupportSettings {
  /**
   * Backend the tickets are read and written through. A new client object on a re-render does not
   * reload by itself: later requests use it, and the list and open ticket reload when the filter,
   * search or page size changes, on Refresh, or when `lastSeenStorageKey` changes.
   */
  client?: TicketClient;
  /** Id of the open ticket, or null for the list; makes the selection controlled. */
  ticketId?: string | null;
  /** Id of the ticket open at first render when the selection is uncontrolled. @default null */
  defaultTicketId?: string | null;
  /** Called with the new ticket id, or null for the list, when the user opens or leaves a ticket. */
  onTicketIdChange?: (ticketId: string | null) => void;
  /** Called by the "Create a ticket" button of an admin's empty list; without it there is none. */
  onCreateTicket?: () => void;
  /**
   * Returns the address of a ticket in the host app, such as `/support/tickets/${id}`. Rows then
   * render as links, so users can open a ticket in a new tab; a plain click still opens it here.
   */
  ticketHref?: (ticketId: string) => string;
  /** Number of tickets asked for per page, from 1 to 100; other values are clamped. @default 20 */
  pageSize?: number;
  /**
   * Interval in ms at which the shown list or open ticket reloads, while the page is visible;
   * values below 5000 are raised to 5000. 0, a negative number, NaN or absent turns polling off.
   */
  pollInterval?: number;
  /**
   * Called with the number of tickets that changed since the user last opened them, among the
   * tickets loaded so far, whenever it changes.
   */
  onUpdatedCountChange?: (count: number) => void;
  /**
   * localStorage key under which the time each ticket was last opened is kept, to mark tickets
   * that changed since. Give one key per signed-in user on shared devices; a new key reloads.
   * @default 'react-support-tickets:last-seen'
   */
  lastSeenStorageKey?: string;
}

/**
 * Lists the tickets the user created, with filter, search and paging, and opens one with its
 * comments, status and participants. Tickets of other people in the organization are not listed.
 */
export function MyTickets(props: MyTicketsProps) {
  const support = useSupport('MyTickets', props);
  const { role, messages, locale } = support;
  const { onCreateTicket } = props;
  const pageSize = normalizePageSize(props.pageSize);
  const pollInterval = normalizePollInterval(props.pollInterval);
  const storageKey = props.lastSeenStorageKey ?? DEFAULT_LAST_SEEN_STORAGE_KEY;
  const { client, registry } = useSessionClient(support.client, storageKey);
  const [ticketId, setTicketId] = useControllableState<string | null>(
    props.ticketId,
    props.defaultTicketId ?? null,
    props.onTicketIdChange,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const listScrollRef = useRef<number | null>(null);
  const lastOpenedRef = useRef<string | null>(null);
  const lastSeen = useSyncExternalStore(
    subscribeLastSeen,
    () => readLastSeen(storageKey),
    () => readLastSeen(storageKey),
  );

  const isUpdated = useCallback(
    (id: string, updatedAt: string, createdAt: string) =>
      isTicketUpdated({ id, updatedAt, createdAt }, lastSeen),
    [lastSeen],
  );

  const open = useCallback(
    (id: string) => {
      listScrollRef.current = window.scrollY;
      lastOpenedRef.current = id;
      setTicketId(id);
    },
    [setTicketId],
  );

  const back = useCallback(() => setTicketId(null), [setTicketId]);

  const handleSeen = useCallback(
    (ticket: TicketDetail) => {
      rememberTickets(registry, [ticket]);
      markSeen(storageKey, ticket.id, ticket.updatedAt);
    },
    [registry, storageKey],
  );

  const updatedCount = useKnownUpdatedCount(registry, storageKey);
  const onUpdatedCountChangeRef = useRef(props.onUpdatedCountChange);

  onUpdatedCountChangeRef.current = props.onUpdatedCountChange;

  useEffect(() => {
    onUpdatedCountChangeRef.current?.(updatedCount);
  }, [updatedCount]);

  // On a ticket: bring the top of the component into view, because the page may have been
  // scrolled far down the list. Back on the list: restore the scroll position and focus the row
  // of the ticket just left.
  useLayoutEffect(() => {
    if (ticketId !== null) {
      lastOpenedRef.current = ticketId;

      if (rootRef.current && rootRef.current.getBoundingClientRect().top < 0) {
        rootRef.current.scrollIntoView({ block: 'start' });
      }

      return;
    }

    const lastOpened = lastOpenedRef.current;

    if (lastOpened === null) {
      return;
    }

    if (listScrollRef.current !== null && listScrollRef.current !== window.scrollY) {
      window.scrollTo({ top: listScrollRef.current });
    }

    listScrollRef.current = null;

    const rows = rootRef.current?.querySelectorAll<HTMLElement>("[data-slot='my-tickets-row']");
    const row = Array.from(rows ?? []).find((element) => element.dataset.ticketId === lastOpened);

    row?.focus({ preventScroll: true });
    lastOpenedRef.current = null;
  }, [ticketId]);

  return (
    <div
      ref={rootRef}
      data-rst=""
      data-slot="my-tickets"
      data-state={ticketId === null ? 'list' : 'detail'}
    >
      <ErrorBoundary
        fallback={(retry) => (
          <RenderFailure
            messages={messages}
            text={messages.myTicketsListRenderFailed}
            hidden={ticketId !== null}
            onRetry={retry}
          />
        )}
      >
        <TicketList
          client={client}
          registry={registry}
          role={role}
          messages={messages}
          locale={locale}
          pageSize={pageSize}
          pollInterval={pollInterval}
          hidden={ticketId !== null}
          isUpdated={isUpdated}
          onOpen={open}
          ticketHref={props.ticketHref}
          onCreateTicket={onCreateTicket}
        />
      </ErrorBoundary>
      {ticketId !== null ? (
        <ErrorBoundary
          key={ticketId}
          fallback={(retry) => (
            <RenderFailure
              messages={messages}
              text={messages.myTicketsTicketRenderFailed}
              onRetry={retry}
              onBack={back}
            />
          )}
        >
          <TicketDetailView
            client={client}
            ticketId={ticketId}
            messages={messages}
            locale={locale}
            pollInterval={pollInterval}
            onBack={back}
            onSeen={handleSeen}
          />
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
