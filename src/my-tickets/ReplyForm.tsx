import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { isAbortError, toTicketClientError } from '../client/errors';
import type { AttachmentRules, CommentInput, TicketClient, TicketComment } from '../client/types';
import type { SupportMessages } from '../messages';
import { fileIdentity } from '../utils/attachmentRules';
import { errorMessage } from '../utils/errorMessage';
import { countCharacters } from '../utils/text';
import { findDeliveredReply, isUncertainFailure, type UncertainReply } from './replyDelivery';
import { ReplyFilesField } from './ReplyFilesField';
import { useReplyFiles } from './useReplyFiles';

interface ReplyFormProps {
  client: TicketClient;
  ticketId: string;
  messages: SupportMessages;
  /** Maximum reply length in characters, when the backend gave one. */
  maxLength: number | undefined;
  /** Rules for files on a reply, or undefined when replies take no files (no files UI then). */
  attachmentRules: AttachmentRules | undefined;
  locale: string | undefined;
  /** Comments the ticket shows now, to recognize a reply that arrived despite a failure. */
  comments: TicketComment[];
  /** True when the ticket takes no more replies; a draft already typed stays readable. */
  closed: boolean;
  onCommentAdded: (comment: TicketComment) => void;
}

type SendPhase = 'idle' | 'sending' | 'error' | 'sent';

/**
 * Reply box of a ticket, with files when the client takes them on replies. Sends one comment per
 * intent, however often the button is pressed, and keeps the text and files with a Retry button
 * when sending fails.
 */
export function ReplyForm({
  client,
  ticketId,
  messages,
  maxLength,
  attachmentRules,
  locale,
  comments,
  closed,
  onCommentAdded,
}: ReplyFormProps) {
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<SendPhase>('idle');
  const [sendError, setSendError] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const sendingRef = useRef(false);
  const controllerRef = useRef<AbortController | null>(null);
  const uncertainRef = useRef<UncertainReply | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const counterId = useId();
  const errorId = useId();
  const replyFiles = useReplyFiles(attachmentRules);
  // Files are sent only while the rules that allowed them, and the list that shows them, are there.
  const files = attachmentRules ? replyFiles.files : [];
  const filesKey = files.map(fileIdentity).join('\n');
  // Leading and trailing white space is neither sent nor counted, as the backend trims first.
  const body = text.trim();
  const length = countCharacters(body);
  const tooLong = maxLength !== undefined && length > maxLength;
  const empty = body === '';

  let fieldError: string | null = null;

  if (tooLong) {
    fieldError = messages.myTicketsReplyTooLong({ max: maxLength });
  } else if (attempted && empty) {
    fieldError = messages.myTicketsReplyRequired;
  }

  useEffect(() => () => controllerRef.current?.abort(), []);

  async function send() {
    setAttempted(true);

    // The ref, unlike state, is already set when a second click arrives in the same frame.
    if (sendingRef.current || empty || tooLong || closed) {
      return;
    }

    sendingRef.current = true;
    controllerRef.current = new AbortController();
    setPhase('sending');
    setSendError(null);

    const { signal } = controllerRef.current;
    // A retry with other files is a new reply, even if the earlier attempt may have arrived.
    const uncertain =
      uncertainRef.current?.body === body && uncertainRef.current.filesKey === filesKey
        ? uncertainRef.current
        : null;
    const input: CommentInput = files.length > 0 ? { body, attachments: files } : { body };
    const knownCommentIds = new Set(comments.map((comment) => comment.id));

    try {
      const delivered = uncertain
        ? await findDeliveredReply(client, ticketId, uncertain, signal)
        : undefined;
      const comment = delivered ?? (await client.addComment(ticketId, input, { signal }));

      uncertainRef.current = null;
      onCommentAdded(comment);
      setText('');
      replyFiles.removeSent(files);
      setAttempted(false);
      setPhase('sent');
    } catch (error) {
      if (isAbortError(error)) {
        return;
      }

      uncertainRef.current = isUncertainFailure(error)
        ? (uncertain ?? { body, filesKey, knownCommentIds })
        : null;

      const { fieldErrors } = toTicketClientError(error);
      const fieldMessage = fieldErrors.body ?? fieldErrors.attachments;
      const kept =
        files.length > 0 ? messages.myTicketsReplyFailedWithFiles : messages.myTicketsReplyFailed;

      setSendError(`${kept} ${fieldMessage ?? errorMessage(error, messages)}`);
      setPhase('error');
    } finally {
      sendingRef.current = false;
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  const describedBy = [
    hintId,
    maxLength !== undefined ? counterId : null,
    fieldError ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');

  if (closed && empty && files.length === 0) {
    return (
      <p data-slot="alert" data-tone="warning" role="status">
        {messages.myTicketsRepliesClosed}
      </p>
    );
  }

  return (
    <form
      data-slot="my-tickets-reply"
      data-state={closed ? 'closed' : phase}
      noValidate
      onSubmit={handleSubmit}
    >
      {closed ? (
        <p data-slot="alert" data-tone="warning" role="status">
          {messages.myTicketsRepliesClosedWithDraft}
        </p>
      ) : null}
      <div data-slot="field">
        <label data-slot="label" htmlFor={fieldId}>
          {messages.myTicketsReplyLabel}
        </label>
        <textarea
          id={fieldId}
          data-slot="textarea"
          value={text}
          readOnly={closed}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);

            if (phase === 'sent') {
              setPhase('idle');
            }
          }}
          onKeyDown={handleKeyDown}
          onPaste={closed ? undefined : replyFiles.handlePaste}
        />
        <div data-slot="my-tickets-reply-meta">
          <span id={hintId} data-slot="hint">
            {messages.myTicketsReplyHint}
          </span>
          {maxLength !== undefined ? (
            <span
              id={counterId}
              data-slot="my-tickets-reply-counter"
              data-over-limit={tooLong ? '' : undefined}
            >
              {messages.myTicketsReplyCounter({ count: length, max: maxLength })}
            </span>
          ) : null}
        </div>
        {fieldError ? (
          <p id={errorId} data-slot="field-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      {attachmentRules ? (
        <ReplyFilesField
          rules={attachmentRules}
          replyFiles={replyFiles}
          messages={messages}
          locale={locale}
          closed={closed}
        />
      ) : null}
      {phase === 'error' && sendError ? (
        <div data-slot="alert" data-tone="danger" role="alert">
          <p data-slot="my-tickets-alert-text">{sendError}</p>
          <button type="button" data-slot="button" onClick={() => void send()}>
            {messages.retry}
          </button>
        </div>
      ) : null}
      <div data-slot="my-tickets-reply-actions">
        <p data-slot="my-tickets-reply-status" role="status">
          {phase === 'sent' ? messages.myTicketsReplySent : ''}
        </p>
        {closed ? null : (
          <button
            type="submit"
            data-slot="button"
            data-variant="primary"
            aria-disabled={phase === 'sending' || undefined}
          >
            {phase === 'sending' ? messages.myTicketsReplySending : messages.myTicketsReplySend}
          </button>
        )}
      </div>
    </form>
  );
}
