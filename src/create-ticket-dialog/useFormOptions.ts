import { useCallback, useEffect, useState } from 'react';
import { isAbortError, TicketClientError } from '../client/errors';
import type { FormOptions, TicketClient } from '../client/types';

/** State of the form options request. */
export type FormOptionsState =
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions }
  | { status: 'failed'; error: unknown };

/** Options loaded once per client, so reopening the dialog shows the form at once. */
const cache = new WeakMap<TicketClient, FormOptions>();

/** Forgets the cached options of `client`, so the next form loads them again. */
export function forgetFormOptions(client: TicketClient) {
  cache.delete(client);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Returns true when `options` has the parts the form reads before it renders: the arrays of types
 * and categories, and the attachment rules and limits as objects. Their items are not checked,
 * and a render error from them is caught by the dialog's error boundary.
 */
function hasFormOptionsShape(options: unknown): options is FormOptions {
  return (
    isObject(options) &&
    Array.isArray(options.ticketTypes) &&
    Array.isArray(options.categories) &&
    isObject(options.attachments) &&
    Array.isArray(options.attachments.accept) &&
    isObject(options.limits)
  );
}

/** Loads the form options of `client` while `enabled`; `retry` loads them again after a failure. */
export function useFormOptions(client: TicketClient, enabled: boolean) {
  const [state, setState] = useState<FormOptionsState>(() => {
    const cached = cache.get(client);

    return cached ? { status: 'ready', options: cached } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }

    const cached = cache.get(client);

    if (cached) {
      setState({ status: 'ready', options: cached });

      return undefined;
    }

    const controller = new AbortController();

    setState({ status: 'loading' });
    client.getFormOptions({ signal: controller.signal }).then(
      (options: unknown) => {
        if (!hasFormOptionsShape(options)) {
          setState({
            status: 'failed',
            error: new TicketClientError('unknown', {
              message:
                'react-support-tickets: getFormOptions returned options without the arrays ' +
                'ticketTypes, categories and attachments.accept, or without attachments and ' +
                'limits. Return a FormOptions object.',
            }),
          });

          return;
        }

        cache.set(client, options);
        setState({ status: 'ready', options });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbortError(error)) {
          setState({ status: 'failed', error });
        }
      },
    );

    return () => controller.abort();
  }, [client, enabled, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  return { state, retry };
}
