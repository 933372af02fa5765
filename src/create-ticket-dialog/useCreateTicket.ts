import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, TicketClientError, toTicketClientError } from '../client/errors';
import type { CreatedTicket, TicketClient, TicketDraft } from '../client/types';

/** State of the latest attempt to create the ticket. */
export type CreationState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'cancelled' }
  | {
      status: 'failed';
      error: TicketClientError;
      /** Time (ms since the epoch) before which a retry is refused, for `rate-limited`. */
      retryAt?: number;
    };

interface Attempt {
  controller: AbortController;
  /** Settles with the state the form shows once the request ends. */
  outcome: Promise<CreationState>;
}

/**
 * Requests in flight by idempotency key. They live outside the component, so a dialog closed and
 * reopened during a request shows it as running and cannot send a second one.
 */
const attempts = new Map<string, Attempt>();

/** Idempotency keys whose ticket was reported through `onCreated`, so none is reported twice. */
const reportedKeys = new Set<string>();

/** Callbacks of `useCreateTicket`, one per outcome, each with the idempotency key it was sent with. */
export interface CreateTicketHandlers {
  onCreated: (ticket: CreatedTicket, idempotencyKey: string) => void;
  onFailed?: (error: TicketClientError, idempotencyKey: string) => void;
}

/** Aborts the request in flight for `idempotencyKey`, if there is one. */
export function abortCreation(idempotencyKey: string) {
  attempts.get(idempotencyKey)?.controller.abort();
}

/** Returns the wait of a `rate-limited` error in ms, or undefined when it is not a usable wait. */
function usableWait(retryAfterMs: number | undefined): number | undefined {
  return retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0
    ? retryAfterMs
    : undefined;
}

function toFailedState(error: unknown): CreationState {
  let clientError = toTicketClientError(error);

  if (clientError.code !== 'rate-limited') {
    return { status: 'failed', error: clientError };
  }

  const wait = usableWait(clientError.retryAfterMs);

  // A client that parses an HTTP-date `Retry-After` as a number gives NaN. Such a wait counts as
  // none, and the copy keeps it out of the message, which would read "NaN seconds".
  if (wait !== clientError.retryAfterMs) {
    clientError = new TicketClientError('rate-limited', {
      message: clientError.message,
      status: clientError.status,
      cause: error,
    });
  }

  return {
    status: 'failed',
    error: clientError,
    retryAt: wait === undefined ? undefined : Date.now() + wait,
  };
}

/**
 * Creates the ticket of the draft whose idempotency key is `idempotencyKey`, or the key given to
 * `create`. One request runs at a time: a call while one is running is ignored, and `cancel`
 * aborts it. Outcomes that arrive after the form unmounted still reach the handlers, so a ticket
 * created behind a closed dialog is reported and its draft cleared.
 */
export function useCreateTicket(
  client: TicketClient,
  idempotencyKey: string,
  handlers: CreateTicketHandlers,
) {
  const [state, setState] = useState<CreationState>(() =>
    attempts.has(idempotencyKey) ? { status: 'creating' } : { status: 'idle' },
  );
  const handlersRef = useRef(handlers);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const attempt = attempts.get(idempotencyKey);
    let active = true;

    setState(attempt ? { status: 'creating' } : { status: 'idle' });
    attempt?.outcome.then((outcome) => {
      if (active) {
        setState(outcome);
      }
    });

    return () => {
      active = false;
    };
  }, [idempotencyKey]);

  const create = useCallback(
    (draft: TicketDraft, key: string = idempotencyKey) => {
      if (attempts.has(key)) {
        return;
      }

      const controller = new AbortController();
      const outcome = client
        .createTicket(draft, { idempotencyKey: key, signal: controller.signal })
        .then(
          (ticket): CreationState => {
            if (!reportedKeys.has(key)) {
              reportedKeys.add(key);
              handlersRef.current.onCreated(ticket, key);
            }

            return { status: 'idle' };
          },
          (error: unknown): CreationState => {
            if (controller.signal.aborted || isAbortError(error)) {
              return { status: 'cancelled' };
            }

            const failed = toFailedState(error);

            if (failed.status === 'failed') {
              handlersRef.current.onFailed?.(failed.error, key);
            }

            return failed;
          },
        )
        .finally(() => attempts.delete(key));

      attempts.set(key, { controller, outcome });
      setState({ status: 'creating' });
      outcome.then(setState);
    },
    [client, idempotencyKey],
  );

  const cancel = useCallback(() => {
    attempts.get(idempotencyKey)?.controller.abort();
  }, [idempotencyKey]);

  const isCreating = useCallback(() => attempts.has(idempotencyKey), [idempotencyKey]);

  return { state, create, cancel, isCreating };
}

/** Returns the whole seconds left until `until` (ms since the epoch), updated as time passes. */
export function useSecondsUntil(deadline: number | undefined): number {
  // NaN never equals itself, so a NaN deadline would reset the state below on every render.
  const until = deadline !== undefined && Number.isFinite(deadline) ? deadline : undefined;
  const [now, setNow] = useState(() => Date.now());
  const [trackedUntil, setTrackedUntil] = useState(until);

  // A new deadline is measured from now at once, not from the last tick of an older one.
  if (trackedUntil !== until) {
    setTrackedUntil(until);
    setNow(Date.now());
  }

  useEffect(() => {
    if (until === undefined) {
      return undefined;
    }

    const timer = setInterval(() => {
      setNow(Date.now());

      if (Date.now() >= until) {
        clearInterval(timer);
      }
    }, 250);

    return () => clearInterval(timer);
  }, [until]);

  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
