import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from '../client/errors';
import type { FormOptions, TicketClient } from '../client/types';

/** State of the form options request. */
export type FormOptionsState =
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions }
  | { status: 'failed'; error: unknown };

/** Options loaded once per client, so reopening the dialog shows the form at once. */
const cache = new WeakMap<TicketClient, FormOptions>();

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
      (options) => {
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
