import type { TicketDetail } from '../client/types';
import type { SupportMessages } from '../messages';
import { formatDateTime } from '../utils/format';
import { statusCategoryLabel } from './labels';

interface StatusPanelProps {
  ticket: TicketDetail;
  messages: SupportMessages;
  locale: string | undefined;
  headingId: string;
}

/** Renders how the review works, and the status history as a timeline ending at the current status. */
export function StatusPanel({ ticket, messages, locale, headingId }: StatusPanelProps) {
  return (
    <section data-slot="my-tickets-status-panel" aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="my-tickets-section-heading">
        {messages.myTicketsStatus}
      </h3>
      <p data-slot="my-tickets-review-note">{messages.myTicketsReviewNote}</p>
      {ticket.statusHistory.length > 0 ? (
        <>
          <h4 data-slot="my-tickets-subheading">{messages.myTicketsStatusHistory}</h4>
          <ol data-slot="my-tickets-timeline">
            {ticket.statusHistory.map((change, index) => (
              <li
                key={`${change.at}-${index}`}
                data-slot="my-tickets-timeline-entry"
                data-category={change.status.category}
                data-current={index === ticket.statusHistory.length - 1 ? '' : undefined}
              >
                <span data-slot="my-tickets-timeline-label">
                  {change.status.label || statusCategoryLabel(change.status.category, messages)}
                </span>
                <time data-slot="my-tickets-timeline-time" dateTime={change.at}>
                  {formatDateTime(change.at, locale)}
                </time>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
