import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from '../client/errors';
import type { TicketAccess, TicketClient } from '../client/types';

/** Access state of ticket creation, from `getAccess` and from the errors of other calls. */
export type AccessState =
  | { status: 'checking' }
  | { status: 'enabled' }
  | { status: 'not-enabled' | 'disabled'; message?: string }
  | { status: 'failed'; error: unknown };

/**
 * Calls `client.getAccess` while `enabled`, and treats a client without it as enabled.
 * `markDisabled` records an `access-disabled` error returned by another call.
 */
export function useTicketAccess(client: TicketClient, enabled: boolean) {
  const [state, setState] = useState<AccessState>(() =>
    client.getAccess ? { status: 'checking' } : { status: 'enabled' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }

    if (!client.getAccess) {
      setState({ status: 'enabled' });

      return undefined;
    }

    const controller = new AbortController();

    setState({ status: 'checking' });
    client.getAccess({ signal: controller.signal }).then(
      (access: TicketAccess) => {
        setState(
          access.status === 'enabled'
            ? { status: 'enabled' }
            : { status: access.status, message: access.message },
        );
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
  const markDisabled = useCallback(() => setState({ status: 'disabled' }), []);

  return { state, retry, markDisabled };
}
