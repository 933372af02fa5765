import { memo } from 'react';
import type { TicketSummary } from '../client/types';
import type { SupportMessages } from '../messages';
import { ticketTypeLabel } from './labels';
import { RelativeTime } from './RelativeTime';
import { StatusBadge } from './StatusBadge';

interface TicketRowProps {
  ticket: TicketSummary;
  messages: SupportMessages;
  locale: string | undefined;
  now: number;
  /** True when the ticket changed since the user last opened it. */
  updated: boolean;
  onOpen: (ticketId: string) => void;
}

/**
 * One ticket of the list, as a button that opens its detail. Memoized, so loading more tickets
 * renders only the new rows.
 */
export const TicketRow = memo(function TicketRow({
  ticket,
  messages,
  locale,
  now,
  updated,
  onOpen,
}: TicketRowProps) {
  return (
    <li data-slot="my-tickets-item">
      <button
        type="button"
        data-slot="my-tickets-row"
        data-ticket-id={ticket.id}
        data-updated={updated ? '' : undefined}
        onClick={() => onOpen(ticket.id)}
      >
        <span data-slot="my-tickets-row-key">{ticket.key}</span>
        <span data-slot="my-tickets-row-title">
          <span data-slot="my-tickets-row-title-text">{ticket.title}</span>
          {updated ? (
            <span
              data-slot="my-tickets-updated-marker"
              title={messages.myTicketsUpdatedMarkerDescription}
            >
              {messages.myTicketsUpdatedMarker}
            </span>
          ) : null}
        </span>
        <span data-slot="my-tickets-row-meta">
          <span data-slot="my-tickets-row-type">{ticketTypeLabel(ticket.type, messages)}</span>
          <span data-slot="my-tickets-row-category">{ticket.category.label}</span>
        </span>
        <span data-slot="my-tickets-row-status">
          <StatusBadge status={ticket.status} messages={messages} />
        </span>
        <span data-slot="my-tickets-row-updated">
          <RelativeTime
            slot="my-tickets-row-time"
            dateTime={ticket.updatedAt}
            locale={locale}
            now={now}
          />
        </span>
      </button>
    </li>
  );
});

/** Grey placeholder rows shown while the first page loads. */
export function TicketRowSkeletons({ count }: { count: number }) {
  return (
    <ul data-slot="my-tickets-skeleton" role="presentation" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} data-slot="my-tickets-skeleton-row">
          <span data-slot="my-tickets-skeleton-bar" data-size="small" />
          <span data-slot="my-tickets-skeleton-bar" data-size="large" />
          <span data-slot="my-tickets-skeleton-bar" data-size="medium" />
        </li>
      ))}
    </ul>
  );
}
