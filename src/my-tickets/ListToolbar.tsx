import { useId } from 'react';
import type { SupportMessages } from '../messages';
import { statusCategoryLabel } from './labels';
import type { TicketStatusFilter } from './useTicketList';

interface ListToolbarProps {
  messages: SupportMessages;
  status: TicketStatusFilter;
  searchInput: string;
  refreshing: boolean;
  onStatusChange: (status: TicketStatusFilter) => void;
  onSearchInputChange: (search: string) => void;
  onRefresh: () => void;
}

const statusFilters: TicketStatusFilter[] = ['all', 'open', 'waiting-for-user', 'resolved'];

/** Status filter, search field and refresh button above the list. */
export function ListToolbar(props: ListToolbarProps) {
  const { messages, status, searchInput, refreshing } = props;
  const statusId = useId();
  const searchId = useId();

  return (
    <div data-slot="my-tickets-toolbar" role="search">
      <div data-slot="field" data-field="status">
        <label data-slot="label" htmlFor={statusId}>
          {messages.myTicketsFilterLabel}
        </label>
        <select
          id={statusId}
          data-slot="select"
          value={status}
          onChange={(event) => props.onStatusChange(event.target.value as TicketStatusFilter)}
        >
          {statusFilters.map((filter) => (
            <option key={filter} value={filter}>
              {filter === 'all'
                ? messages.myTicketsFilterAll
                : statusCategoryLabel(filter, messages)}
            </option>
          ))}
        </select>
      </div>
      <div data-slot="field" data-field="search">
        <label data-slot="label" htmlFor={searchId}>
          {messages.myTicketsSearchLabel}
        </label>
        <input
          id={searchId}
          type="search"
          data-slot="input"
          value={searchInput}
          placeholder={messages.myTicketsSearchPlaceholder}
          autoComplete="off"
          onChange={(event) => props.onSearchInputChange(event.target.value)}
        />
      </div>
      <button
        type="button"
        data-slot="button"
        data-part="refresh"
        aria-disabled={refreshing || undefined}
        data-state={refreshing ? 'refreshing' : 'idle'}
        onClick={() => {
          if (!refreshing) {
            props.onRefresh();
          }
        }}
      >
        {messages.myTicketsRefresh}
      </button>
    </div>
  );
}
