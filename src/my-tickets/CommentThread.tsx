import type { TicketComment } from '../client/types';
import type { SupportMessages } from '../messages';
import { linkify } from '../utils/linkify';
import { AttachmentList } from './AttachmentList';
import { RelativeTime } from './RelativeTime';
import { uniqueKeys } from './uniqueKeys';

interface CommentThreadProps {
  comments: TicketComment[];
  messages: SupportMessages;
  locale: string | undefined;
  now: number;
}

/** Comments of a ticket, oldest first, with author, support-team marker and time. */
export function CommentThread({ comments, messages, locale, now }: CommentThreadProps) {
  if (comments.length === 0) {
    return <p data-slot="my-tickets-no-comments">{messages.myTicketsNoComments}</p>;
  }

  const keys = uniqueKeys(comments.map((comment) => comment.id));

  return (
    <ol data-slot="my-tickets-comments">
      {comments.map((comment, index) => (
        <li
          key={keys[index]}
          data-slot="my-tickets-comment"
          data-from-support={comment.fromSupport ? '' : undefined}
        >
          <article aria-label={comment.author?.name}>
            <header data-slot="my-tickets-comment-header">
              <span data-slot="my-tickets-comment-author">{comment.author?.name}</span>
              {comment.fromSupport ? (
                <span data-slot="my-tickets-support-marker">{messages.myTicketsSupportTeam}</span>
              ) : null}
              <RelativeTime
                slot="my-tickets-comment-time"
                dateTime={comment.createdAt}
                locale={locale}
                now={now}
              />
            </header>
            <p data-slot="my-tickets-comment-body">{linkify(comment.body)}</p>
            <AttachmentList
              attachments={comment.attachments}
              messages={messages}
              locale={locale}
              label={messages.myTicketsAttachments}
            />
          </article>
        </li>
      ))}
    </ol>
  );
}
