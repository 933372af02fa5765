import { useEffect, useId, useRef, useState } from 'react';
import { toTicketClientError } from '../client/errors';
import type { TicketClient, UserRole } from '../client/types';
import type { SupportMessages } from '../messages';
import { canCreateTickets } from '../provider/useSupport';
import { prepareDateFormats } from '../utils/format';
import { errorMessage } from '../utils/errorMessage';
import { ListToolbar } from './ListToolbar';
import { TicketRow, TicketRowSkeletons } from './TicketRow';
import { useDebouncedValue } from './useDebouncedValue';
import { useNow } from './useNow';
import { useTicketList, type TicketStatusFilter } from './useTicketList';

/** Delay in ms between the last keystroke and the search request. */
const SEARCH_DEBOUNCE_MS = 300;

interface TicketListProps {
  client: TicketClient;
  /** Client under which loaded tickets are counted for the updated count. */
  registry: TicketClient;
  role: UserRole;
  messages: SupportMessages;
  locale: string | undefined;
  pageSize: number;
  /** Interval in ms at which the shown list reloads its first page; 0 or absent never. */
  pollInterval: number | undefined;
  hidden: boolean;
  isUpdated: (ticketId: string, updatedAt: string, createdAt: string) => boolean;
  onOpen: (ticketId: string) => void;
  ticketHref: ((ticketId: string) => string) | undefined;
  onCreateTicket: (() => void) | undefined;
}

/** Renders the user's tickets with filter, search, paging, and loading, empty and error states. */
export function TicketList(props: TicketListProps) {
  const { client, messages, locale, pageSize, pollInterval, hidden, isUpdated, onOpen } = props;
  const [status, setStatus] = useState<TicketStatusFilter>('all');
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DEBOUNCE_MS);
  const { state, reload, refresh, poll, loadMore } = useTicketList(client, props.registry, {
    status,
    search,
    pageSize,
  });
  const now = useNow();
  const headingId = useId();
  const filtered = status !== 'all' || search !== '' || searchInput.trim() !== '';
  // While a cursor remains, more tickets may follow, so the list is not empty yet.
  const noneLoaded = state.phase === 'ready' && state.tickets.length === 0;
  const empty = noneLoaded && !filtered && state.nextCursor === null;
  // A user without any ticket has nothing to filter or search.
  const showToolbar = !empty;

  const pollRef = useRef(poll);

  pollRef.current = poll;

  useEffect(() => {
    if (!pollInterval || pollInterval <= 0 || hidden) {
      return undefined;
    }

    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        void pollRef.current();
      }
    }, pollInterval);

    return () => window.clearInterval(timer);
  }, [pollInterval, hidden]);

  // Runs in a task of its own after the first render, while the first page is requested.
  useEffect(() => {
    const timer = window.setTimeout(() => prepareDateFormats(locale), 0);

    return () => window.clearTimeout(timer);
  }, [locale]);

  // Back from a ticket, the list reloads its first page: the user may have replied, which moves
  // the ticket to the top.
  const wasHiddenRef = useRef(hidden);

  useEffect(() => {
    if (wasHiddenRef.current && !hidden) {
      void pollRef.current();
    }

    wasHiddenRef.current = hidden;
  }, [hidden]);

  // Screen readers announce a live region only when its text changes, so a search that finds as
  // many tickets as the previous one alternates a trailing no-break space to be announced again.
  const announcement =
    state.phase === 'ready' && state.resultVersion > 0
      ? messages.myTicketsResultCount({
          count: state.tickets.length,
          more: state.nextCursor !== null,
        }) + (state.resultVersion % 2 === 0 ? '\u00a0' : '')
      : '';

  return (
    <section
      data-slot="my-tickets-list"
      data-state={state.phase}
      aria-labelledby={headingId}
      aria-busy={state.phase === 'loading' || state.refreshing || undefined}
      hidden={hidden}
    >
      <div data-slot="my-tickets-list-header">
        <h2 id={headingId} data-slot="my-tickets-heading">
          {messages.myTicketsTitle}
        </h2>
        <p data-slot="my-tickets-scope-note">{messages.myTicketsOthersNotListed}</p>
      </div>

      {showToolbar ? (
        <ListToolbar
          messages={messages}
          status={status}
          searchInput={searchInput}
          refreshing={state.refreshing}
          onStatusChange={setStatus}
          onSearchInputChange={setSearchInput}
          onRefresh={() => void refresh()}
        />
      ) : null}

      <p data-slot="visually-hidden" role="status">
        {announcement}
      </p>

      {state.phase === 'loading' ? (
        <>
          <p data-slot="visually-hidden">{messages.myTicketsLoadingList}</p>
          <TicketRowSkeletons count={Math.min(pageSize, 5)} />
        </>
      ) : null}

      {state.phase === 'error' ? (
        <div data-slot="alert" data-tone="danger" role="alert">
          <p data-slot="my-tickets-alert-text">
            {messages.myTicketsLoadFailed} {errorMessage(state.error, messages)}
          </p>
          {retryable(state.error) ? (
            <button type="button" data-slot="button" onClick={() => void reload()}>
              {messages.retry}
            </button>
          ) : null}
        </div>
      ) : null}

      {noneLoaded && state.nextCursor !== null ? (
        <p data-slot="my-tickets-none-yet">{messages.myTicketsNoneLoadedYet}</p>
      ) : null}

      {noneLoaded && state.nextCursor === null ? (
        filtered ? (
          <p data-slot="my-tickets-no-match">{messages.myTicketsNoMatch}</p>
        ) : (
          <EmptyState {...props} />
        )
      ) : null}

      {state.phase === 'ready' && state.tickets.length > 0 ? (
        <div data-slot="my-tickets-table">
          <div data-slot="my-tickets-columns" aria-hidden="true">
            <span>{messages.myTicketsColumnKey}</span>
            <span>{messages.myTicketsColumnTitle}</span>
            <span>{messages.myTicketsColumnType}</span>
            <span>{messages.myTicketsColumnCategory}</span>
            <span>{messages.myTicketsColumnStatus}</span>
            <span>{messages.myTicketsColumnUpdated}</span>
          </div>
          <ul data-slot="my-tickets-rows" role="list" aria-labelledby={headingId}>
            {state.tickets.map((ticket) => (
              <TicketRow
                key={ticket.id}
                ticket={ticket}
                messages={messages}
                locale={locale}
                now={now}
                updated={isUpdated(ticket.id, ticket.updatedAt, ticket.createdAt)}
                onOpen={onOpen}
                href={props.ticketHref?.(ticket.id)}
              />
            ))}
          </ul>
        </div>
      ) : null}

      {state.phase === 'ready' && state.more === 'error' ? (
        <div data-slot="alert" data-tone="danger" role="alert">
          <p data-slot="my-tickets-alert-text">
            {messages.myTicketsLoadMoreFailed} {errorMessage(state.moreError, messages)}
          </p>
          <button type="button" data-slot="button" onClick={() => void loadMore()}>
            {messages.retry}
          </button>
        </div>
      ) : null}

      {state.phase === 'ready' && state.nextCursor !== null && state.more !== 'error' ? (
        <div data-slot="my-tickets-load-more">
          <button
            type="button"
            data-slot="button"
            aria-disabled={state.more === 'loading' || undefined}
            onClick={() => void loadMore()}
          >
            {state.more === 'loading' ? messages.myTicketsLoadingMore : messages.myTicketsLoadMore}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Returns false for failures that trying again cannot fix, such as access turned off. */
function retryable(error: unknown): boolean {
  const { code } = toTicketClientError(error);

  return code !== 'access-disabled' && code !== 'forbidden';
}

/** Empty state for a user without tickets, with a create button or an explanation by role. */
function EmptyState({ role, messages, onCreateTicket }: TicketListProps) {
  const mayCreate = canCreateTickets(role);

  return (
    <div data-slot="my-tickets-empty" data-role={mayCreate ? 'creator' : 'member'}>
      <p data-slot="my-tickets-empty-title">{messages.myTicketsEmptyTitle}</p>
      <p data-slot="my-tickets-empty-text">
        {mayCreate ? messages.myTicketsEmptyAdmin : messages.myTicketsEmptyMember}
      </p>
      {mayCreate && onCreateTicket ? (
        <button type="button" data-slot="button" data-variant="primary" onClick={onCreateTicket}>
          {messages.myTicketsCreateTicket}
        </button>
      ) : null}
    </div>
  );
}
