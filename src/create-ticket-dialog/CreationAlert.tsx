import type { SupportMessages } from '../messages';
import { errorMessage } from '../utils/errorMessage';
import type { CreationState } from './useCreateTicket';

/**
 * Shows why the last attempt did not create a ticket, with a Retry that sends the same draft again.
 * After `rate-limited`, Retry stays off until the wait is over.
 */
export function CreationAlert({
  state,
  messages,
  serverMessages,
  secondsLeft,
  onRetry,
}: {
  state: CreationState;
  messages: SupportMessages;
  /** Messages of `invalid` errors for fields the form does not show. */
  serverMessages: string[];
  /** Seconds until a retry is allowed after `rate-limited`; 0 allows it now. */
  secondsLeft: number;
  onRetry: () => void;
}) {
  if (state.status === 'cancelled') {
    return (
      <div role="status" data-slot="alert" data-tone="warning">
        <p>{messages.createTicketCreationCancelled}</p>
      </div>
    );
  }

  if (state.status !== 'failed') {
    return null;
  }

  const { error } = state;
  const waiting = secondsLeft > 0;

  return (
    <div role="alert" data-slot="alert" data-tone="danger" data-state={error.code}>
      <div data-slot="create-ticket-alert-text">
        <p>
          {/* Once the wait is over, the text says so instead of keeping the first delay. */}
          {error.code === 'rate-limited' && !waiting
            ? messages.errorRateLimited({ seconds: 0 })
            : errorMessage(error, messages)}
        </p>
        {error.code === 'unauthorized' ? <p>{messages.createTicketSignInAgain}</p> : null}
        {serverMessages.length > 0 ? (
          <>
            <p>{messages.createTicketServerErrors}</p>
            <ul>
              {/* Two fields can get the same message, so the text is no key. */}
              {serverMessages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {error.code === 'invalid' ? null : (
        <button
          type="button"
          data-slot="button"
          aria-disabled={waiting || undefined}
          onClick={() => {
            if (!waiting) {
              onRetry();
            }
          }}
        >
          {waiting ? messages.createTicketRetryIn({ seconds: secondsLeft }) : messages.retry}
        </button>
      )}
    </div>
  );
}
