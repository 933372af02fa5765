import { useEffect, useId, useRef } from 'react';
import { toTicketClientError } from '../client/errors';
import type { TicketClient, TicketDetail } from '../client/types';
import type { SupportMessages } from '../messages';
import { errorMessage } from '../utils/errorMessage';
import { formatDateTime } from '../utils/format';
import { linkify } from '../utils/linkify';
import { AttachmentList } from './AttachmentList';
import { BackArrow } from './BackArrow';
import { CommentThread } from './CommentThread';
import { DateInSentence } from './DateInSentence';
import { ticketTypeLabel } from './labels';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ReplyForm } from './ReplyForm';
import { StatusBadge } from './StatusBadge';
import { StatusPanel } from './StatusPanel';
import { useNow } from './useNow';
import { useReplyRules } from './useReplyRules';
import { useTicketDetail } from './useTicketDetail';

interface TicketDetailViewProps {
  client: TicketClient;
  ticketId: string;
  messages: SupportMessages;
  locale: string | undefined;
  pollInterval: number | undefined;
  onBack: () => void;
  /** Called with each version of the ticket that is shown, to mark it as read. */
  onSeen: (ticket: TicketDetail) => void;
}

/** Renders one ticket: description, attachments, comments, reply box, status and participants. */
export function TicketDetailView(props: TicketDetailViewProps) {
  const { client, ticketId, messages, locale, pollInterval, onBack, onSeen } = props;
  const { state, reload, update } = useTicketDetail(client, ticketId, pollInterval);
  const replyRules = useReplyRules(client);
  const now = useNow();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const statusHeadingId = useId();
  const participantsHeadingId = useId();
  const commentsHeadingId = useId();
  const { ticket } = state;
  const ticketLoaded = ticket !== null;

  useEffect(() => {
    if (ticket) {
      onSeen(ticket);
    }
  }, [ticket, onSeen]);

  // Focus moves to the Back button at once, because the row that had it is now hidden, and then
  // to the title when the ticket has loaded, unless the user has moved focus meanwhile.
  useEffect(() => {
    backRef.current?.focus();
  }, []);

  useEffect(() => {
    if (ticketLoaded && document.activeElement === backRef.current) {
      titleRef.current?.focus();
    }
  }, [ticketLoaded]);

  // The backend may change more than the request asked for. A reply, for example, moves a ticket
  // that waits for the user back to support, with a new status and history entry. So the change
  // shows at once, and then the ticket reloads in place, without the loading state, so the reply
  // box and the participant field keep their text.
  function applyChange(change: (current: TicketDetail) => TicketDetail) {
    update(change);
    void reload();
  }

  return (
    <section
      data-slot="my-tickets-detail"
      data-state={state.phase}
      aria-labelledby={ticket ? titleId : undefined}
      aria-busy={state.phase === 'loading' || state.refreshing || undefined}
    >
      <div data-slot="my-tickets-detail-nav">
        <button ref={backRef} type="button" data-slot="button" data-part="back" onClick={onBack}>
          <BackArrow /> {messages.myTicketsBack}
        </button>
        {ticket ? (
          <button
            type="button"
            data-slot="button"
            aria-disabled={state.refreshing || undefined}
            onClick={() => void reload()}
          >
            {messages.myTicketsRefresh}
          </button>
        ) : null}
      </div>

      {state.phase === 'loading' ? (
        <p data-slot="my-tickets-detail-loading" role="status">
          {messages.myTicketsLoadingTicket}
        </p>
      ) : null}

      {state.phase === 'error' ? (
        <DetailError {...props} error={state.error} onRetry={reload} />
      ) : null}

      {ticket ? (
        <>
          <header data-slot="my-tickets-detail-header">
            <p data-slot="my-tickets-detail-meta">
              <span data-slot="my-tickets-detail-key">{ticket.key}</span>
              <span>{ticketTypeLabel(ticket.type, messages)}</span>
              <span>
                {ticket.category?.label ?? ''}
                {ticket.otherCategory ? ` (${ticket.otherCategory})` : ''}
              </span>
            </p>
            <h2 id={titleId} ref={titleRef} tabIndex={-1} data-slot="my-tickets-detail-title">
              {ticket.title}
            </h2>
            <StatusBadge status={ticket.status} messages={messages} />
            <p data-slot="my-tickets-detail-dates">
              <span>
                <DateInSentence
                  message={messages.myTicketsCreatedAt}
                  date={formatDateTime(ticket.createdAt, locale)}
                />
              </span>
              <span>
                <DateInSentence
                  message={messages.myTicketsUpdatedAt}
                  date={formatDateTime(ticket.updatedAt, locale)}
                />
              </span>
            </p>
          </header>

          <div data-slot="my-tickets-detail-layout">
            <div data-slot="my-tickets-detail-main">
              <section
                data-slot="my-tickets-description"
                aria-label={messages.myTicketsDescription}
              >
                <h3 data-slot="my-tickets-section-heading">{messages.myTicketsDescription}</h3>
                <p data-slot="my-tickets-description-text">
                  {ticket.description.trim()
                    ? linkify(ticket.description)
                    : messages.myTicketsNoDescription}
                </p>
                <AttachmentList
                  attachments={ticket.attachments}
                  messages={messages}
                  locale={locale}
                  label={messages.myTicketsAttachments}
                />
              </section>

              <section data-slot="my-tickets-thread" aria-labelledby={commentsHeadingId}>
                <h3 id={commentsHeadingId} data-slot="my-tickets-section-heading">
                  {messages.myTicketsComments}
                </h3>
                <CommentThread
                  comments={ticket.comments}
                  messages={messages}
                  locale={locale}
                  now={now}
                />
                <ReplyForm
                  client={client}
                  ticketId={ticket.id}
                  messages={messages}
                  maxLength={replyRules.maxLength}
                  attachmentRules={replyRules.attachments}
                  locale={locale}
                  comments={ticket.comments}
                  closed={!ticket.acceptsComments}
                  onCommentAdded={(comment) =>
                    applyChange((current) => addComment(current, comment))
                  }
                />
              </section>
            </div>

            <aside
              data-slot="my-tickets-detail-side"
              aria-label={messages.myTicketsStatusAndParticipants}
            >
              <StatusPanel
                ticket={ticket}
                messages={messages}
                locale={locale}
                headingId={statusHeadingId}
              />
              <ParticipantsPanel
                client={client}
                ticket={ticket}
                messages={messages}
                headingId={participantsHeadingId}
                onParticipantsChange={(participants) =>
                  applyChange((current) => ({ ...current, participants }))
                }
              />
            </aside>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** Adds a new comment to the thread once, and counts it as the ticket's latest activity. */
function addComment(ticket: TicketDetail, comment: TicketDetail['comments'][number]) {
  if (ticket.comments.some((existing) => existing.id === comment.id)) {
    return ticket;
  }

  const updatedAt =
    Date.parse(comment.createdAt) > Date.parse(ticket.updatedAt)
      ? comment.createdAt
      : ticket.updatedAt;

  return { ...ticket, comments: [...ticket.comments, comment], updatedAt };
}

interface DetailErrorProps extends TicketDetailViewProps {
  error: unknown;
  onRetry: () => void;
}

/** Renders why the ticket cannot be shown, with Retry only where trying again can help. */
function DetailError({ error, messages, onRetry }: DetailErrorProps) {
  const { code } = toTicketClientError(error);

  if (code === 'not-found' || code === 'forbidden') {
    return (
      <div data-slot="alert" data-tone="warning" role="alert" data-reason={code}>
        <p data-slot="my-tickets-alert-text">
          {code === 'not-found' ? messages.myTicketsNotFound : messages.myTicketsForbidden}
        </p>
      </div>
    );
  }

  return (
    <div data-slot="alert" data-tone="danger" role="alert">
      <p data-slot="my-tickets-alert-text">
        {messages.myTicketsTicketLoadFailed} {errorMessage(error, messages)}
      </p>
      <button type="button" data-slot="button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}
