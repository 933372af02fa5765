import { useEffect, useState } from 'react';
import type { AttachmentRules, TicketClient } from '../client/types';

/** Limits of a reply, from the client's form options. */
export interface ReplyRules {
  /** Maximum reply length in characters, or undefined before the options load or if that fails. */
  maxLength: number | undefined;
  /** Rules for files on a reply, or undefined when replies take no files or before the load. */
  attachments: AttachmentRules | undefined;
}

const noRules: ReplyRules = { maxLength: undefined, attachments: undefined };

/**
 * Returns the reply limits from the client's form options. Without a length limit the backend
 * still rejects a reply that is too long, and without file rules the reply box offers no files.
 */
export function useReplyRules(client: TicketClient): ReplyRules {
  const [rules, setRules] = useState<ReplyRules>(noRules);

  useEffect(() => {
    const controller = new AbortController();

    client.getFormOptions({ signal: controller.signal }).then(
      (options) =>
        setRules({
          maxLength: options.limits.commentMaxLength,
          attachments: options.commentAttachments,
        }),
      () => setRules(noRules),
    );

    return () => controller.abort();
  }, [client]);

  return rules;
}
