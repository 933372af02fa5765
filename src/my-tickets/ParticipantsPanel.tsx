import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isAbortError, toTicketClientError } from '../client/errors';
import type { Participant, TicketClient, TicketDetail } from '../client/types';
import type { SupportMessages } from '../messages';
import { errorMessage } from '../utils/errorMessage';
import { checkParticipantEmail, normalizeEmail } from './participantEmail';
import { uniqueKeys } from './uniqueKeys';

interface ParticipantsPanelProps {
  client: TicketClient;
  ticket: TicketDetail;
  messages: SupportMessages;
  headingId: string;
  onParticipantsChange: (participants: Participant[]) => void;
}

/**
 * Colleagues who get the ticket's updates, a field to add one by e-mail, and a remove button
 * per colleague when the client can remove them. The typed address stays after a failure.
 */
export function ParticipantsPanel(props: ParticipantsPanelProps) {
  const { client, ticket, messages, headingId, onParticipantsChange } = props;
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const controllerRef = useRef<AbortController | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Position in the list of the participant just removed, until focus has moved on from it. */
  const removedIndexRef = useRef<number | null>(null);
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();
  const removeParticipant = client.removeParticipant?.bind(client);
  const keys = uniqueKeys(ticket.participants.map((participant) => participant.email));

  useEffect(() => () => controllerRef.current?.abort(), []);

  // The pressed remove button leaves the page with its participant, and focus falls to <body>.
  // Focus then moves to the next participant's remove button, else the previous one, else the
  // e-mail field. It stays where it is when the user has moved it elsewhere meanwhile.
  useEffect(() => {
    const index = removedIndexRef.current;

    removedIndexRef.current = null;

    if (index === null || (document.activeElement && document.activeElement !== document.body)) {
      return;
    }

    const buttons = listRef.current?.querySelectorAll<HTMLElement>("[data-part='remove']");
    const target = buttons?.[index] ?? buttons?.[index - 1] ?? inputRef.current;

    target?.focus();
  }, [ticket.participants]);

  async function run(
    request: (signal: AbortSignal) => Promise<Participant[]>,
    onDone: () => void,
    failureText: string,
  ) {
    if (busyRef.current) {
      return;
    }

    busyRef.current = true;
    controllerRef.current = new AbortController();
    setBusy(true);
    setFailure(null);

    try {
      onParticipantsChange(await request(controllerRef.current.signal));
      onDone();
    } catch (error) {
      if (isAbortError(error)) {
        return;
      }

      const backendFieldError = toTicketClientError(error).fieldErrors.email;

      if (backendFieldError) {
        setFieldError(backendFieldError);
      } else {
        setFailure(`${failureText} ${errorMessage(error, messages)}`);
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();

    const normalized = normalizeEmail(email);
    const problem = checkParticipantEmail(normalized, ticket, messages);

    setFieldError(problem);
    setNotice('');

    if (problem) {
      return;
    }

    void run(
      (signal) => client.addParticipant(ticket.id, { email: normalized }, { signal }),
      () => {
        setEmail('');
        setNotice(messages.myTicketsParticipantAdded({ email: normalized }));
      },
      messages.myTicketsParticipantFailed,
    );
  }

  function handleRemove(participant: Participant, index: number) {
    if (!removeParticipant) {
      return;
    }

    setNotice('');
    void run(
      (signal) => removeParticipant(ticket.id, { email: participant.email }, { signal }),
      () => {
        // Runs before React renders the new list, so the focus effect above reads the index.
        removedIndexRef.current = index;
        setNotice(messages.myTicketsParticipantRemoved({ email: participant.email }));
      },
      messages.myTicketsParticipantRemoveFailed,
    );
  }

  return (
    <section data-slot="my-tickets-participants" aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="my-tickets-section-heading">
        {messages.myTicketsParticipants}
      </h3>
      <p id={hintId} data-slot="hint">
        {messages.myTicketsParticipantsHint}
      </p>
      {ticket.participants.length === 0 ? (
        <p data-slot="my-tickets-no-participants">{messages.myTicketsNoParticipants}</p>
      ) : (
        <ul ref={listRef} data-slot="my-tickets-participant-list" aria-labelledby={headingId}>
          {ticket.participants.map((participant, index) => (
            <li key={keys[index]} data-slot="my-tickets-participant">
              <span data-slot="my-tickets-participant-name">
                {participant.name ?? participant.email}
                {participant.name ? (
                  <span data-slot="my-tickets-participant-email">{participant.email}</span>
                ) : null}
              </span>
              {removeParticipant ? (
                <button
                  type="button"
                  data-slot="button"
                  data-size="small"
                  data-part="remove"
                  aria-disabled={busy || undefined}
                  onClick={() => handleRemove(participant, index)}
                >
                  <span aria-hidden="true">×</span>
                  <span data-slot="visually-hidden">
                    {messages.myTicketsParticipantRemove({
                      name: participant.name ?? participant.email,
                    })}
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form data-slot="my-tickets-participant-form" noValidate onSubmit={handleAdd}>
        <div data-slot="field">
          <label data-slot="label" htmlFor={inputId}>
            {messages.myTicketsParticipantEmailLabel}
          </label>
          <div data-slot="my-tickets-participant-row">
            <input
              ref={inputRef}
              id={inputId}
              type="email"
              data-slot="input"
              value={email}
              autoComplete="off"
              required
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${hintId} ${errorId}` : hintId}
              onChange={(event) => {
                setEmail(event.target.value);
                setFieldError(null);
              }}
            />
            <button type="submit" data-slot="button" aria-disabled={busy || undefined}>
              {busy ? messages.myTicketsParticipantAdding : messages.myTicketsParticipantAdd}
            </button>
          </div>
          {fieldError ? (
            <p id={errorId} data-slot="field-error">
              {fieldError}
            </p>
          ) : null}
        </div>
      </form>
      {failure ? (
        <p data-slot="alert" data-tone="danger" role="alert">
          {failure}
        </p>
      ) : null}
      <p data-slot="visually-hidden" role="status">
        {notice}
      </p>
    </section>
  );
}
