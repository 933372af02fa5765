import { toTicketClientError } from '../client/errors';
import type { TicketClient, TicketComment } from '../client/types';

/** A reply whose sending failed in a way that leaves open whether the backend stored it. */
export interface UncertainReply {
  body: string;
  /** Identities of the attached files, so a retry with other files counts as a new reply. */
  filesKey: string;
  /** Ids of the comments the ticket had before the reply was sent. */
  knownCommentIds: ReadonlySet<string>;
}

/**
 * Returns true for failures after which the comment may exist anyway: the request may have
 * reached the backend and only the response was lost.
 */
export function isUncertainFailure(error: unknown): boolean {
  const { code } = toTicketClientError(error);

  return code === 'network' || code === 'timeout' || code === 'unavailable' || code === 'unknown';
}

/**
 * Looks for the reply among the ticket's comments, so that a retry after a lost response does
 * not post it twice. Returns the stored comment, or undefined when it is not there or the ticket
 * cannot be loaded.
 */
export async function findDeliveredReply(
  client: TicketClient,
  ticketId: string,
  reply: UncertainReply,
  signal: AbortSignal,
): Promise<TicketComment | undefined> {
  try {
    const ticket = await client.getTicket(ticketId, { signal });

    return ticket.comments.find(
      (comment) =>
        !reply.knownCommentIds.has(comment.id) &&
        !comment.fromSupport &&
        comment.body.trim() === reply.body,
    );
  } catch (error) {
    if (signal.aborted) {
      throw error;
    }

    return undefined;
  }
}
