import { memo, type MouseEvent } from 'react';
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
  /** Address of the ticket in the host app; makes the row a link when given. */
  href: string | undefined;
}

/**
 * One ticket of the list, as a button that opens its detail, or a link when the host gives the
 * ticket an address. Memoized, so loading more tickets renders only the new rows.
 */
export const TicketRow = memo(function TicketRow({
  ticket,
  messages,
  locale,
  now,
  updated,
  onOpen,
  href,
}: TicketRowProps) {
  const content = (
    <>
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
        <span data-slot="my-tickets-row-category">{ticket.category?.label ?? ''}</span>
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
    </>
  );
  const rowProps = {
    'data-slot': 'my-tickets-row',
    'data-ticket-id': ticket.id,
    'data-updated': updated ? '' : undefined,
  };

  if (href === undefined) {
    return (
      <li data-slot="my-tickets-item">
        <button type="button" {...rowProps} onClick={() => onOpen(ticket.id)}>
          {content}
        </button>
      </li>
    );
  }

  // A plain click opens the ticket in place; modified clicks keep the browser's behaviour, such
  // as Ctrl+click opening the address in a new tab.
  function handleLinkClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }

    event.preventDefault();
    onOpen(ticket.id);
  }

  return (
    <li data-slot="my-tickets-item">
      <a href={href} {...rowProps} onClick={handleLinkClick}>
        {content}
      </a>
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
