import { useEffect, useState } from 'react';
import type { TicketClient } from '../client/types';

/**
 * Returns the maximum comment length from the client's form options, or undefined until they
 * load or when loading fails. Without a limit the backend still rejects a reply that is too long.
 */
export function useCommentLimit(client: TicketClient): number | undefined {
  const [limit, setLimit] = useState<number | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();

    client.getFormOptions({ signal: controller.signal }).then(
      (options) => setLimit(options.limits.commentMaxLength),
      () => setLimit(undefined),
    );

    return () => controller.abort();
  }, [client]);

  return limit;
}
