import { useEffect, useRef } from 'react';
import type { CreatedTicket } from '../client/types';
import type { SupportMessages } from '../messages';
import { safeUrl } from '../utils/safeUrl';

/** Confirmation after a ticket was created: its key, what e-mails follow, and what to do next. */
export function CreatedView({
  ticket,
  messages,
  onCreateAnother,
  onDone,
}: {
  ticket: CreatedTicket;
  messages: SupportMessages;
  onCreateAnother: () => void;
  onDone: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const href = safeUrl(ticket.url);

  useEffect(() => {
    // The submit button that had focus is gone; move focus to the news, not to the page.
    headingRef.current?.focus();
  }, []);

  return (
    <div data-slot="create-ticket-created">
      <div data-slot="create-ticket-body">
        <div role="status" data-slot="alert" data-tone="success">
          <h3
            ref={headingRef}
            tabIndex={-1}
            data-autofocus=""
            data-slot="create-ticket-created-heading"
          >
            {messages.createTicketCreatedHeading}
          </h3>
          <p>
            {messages.createTicketCreatedKey}{' '}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                data-slot="create-ticket-key"
              >
                {ticket.key}
                <span data-slot="visually-hidden"> {messages.createTicketOpensInNewTab}</span>
              </a>
            ) : (
              <strong data-slot="create-ticket-key">{ticket.key}</strong>
            )}{' '}
            <span data-slot="create-ticket-created-title">{ticket.title}</span>
          </p>
        </div>
        <p>{messages.createTicketCreatedEmail}</p>
        {ticket.firstTicket ? (
          <div data-slot="alert" data-tone="warning" data-state="first-ticket">
            <p>{messages.createTicketFirstTicketNotice}</p>
          </div>
        ) : null}
      </div>
      <div data-slot="create-ticket-footer">
        <button type="button" data-slot="button" onClick={onCreateAnother}>
          {messages.createTicketCreateAnother}
        </button>
        <button type="button" data-slot="button" data-variant="primary" onClick={onDone}>
          {messages.createTicketDone}
        </button>
      </div>
    </div>
  );
}
