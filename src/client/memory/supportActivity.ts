import type { TicketDetail, TicketStatus } from '../types';
import { IN_REVIEW } from './defaults';
import type { MemorySupportActivityOptions } from './types';

/** Delay, in ms after creation, before the support team marks a new ticket as in review. */
const DEFAULT_REVIEW_AFTER_MS = 4000;

/** Delay, in ms after creation, before the support team replies and waits for the user. */
const DEFAULT_REPLY_AFTER_MS = 8000;

/** Changes that scripted activity makes to a ticket; the client applies them to its store. */
export interface SupportActions {
  setStatus(ticketId: string, status: TicketStatus): void;
  reply(ticketId: string, body: (ticket: TicketDetail) => string): void;
}

/** Runs the scripted support activity of new tickets on timers that `clear` cancels. */
export interface SupportActivity {
  /** Schedules the review and the reply of a ticket created just now. */
  schedule(ticketId: string): void;
  /** Cancels every scheduled step. */
  clear(): void;
}

function defaultReplyBody(ticket: TicketDetail): string {
  const firstName = ticket.reporter.name.split(' ')[0] ?? ticket.reporter.name;

  return (
    `Hi ${firstName}, thanks for reporting "${ticket.title}". I'm your customer success manager ` +
    'and I am looking into it. Could you tell us when this last worked as expected, and whether ' +
    'it happens for every user of your account?'
  );
}

/** Creates the scheduler; with `false` it schedules nothing. */
export function createSupportActivity(
  options: false | MemorySupportActivityOptions | undefined,
  actions: SupportActions,
): SupportActivity {
  const timers = new Set<ReturnType<typeof setTimeout>>();

  function later(ms: number, step: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      step();
    }, ms);

    timers.add(timer);
  }

  function schedule(ticketId: string): void {
    if (options === false) {
      return;
    }

    const reviewStatus = options?.reviewStatus ?? IN_REVIEW;
    const replyBody = options?.replyBody ?? defaultReplyBody;

    later(options?.reviewAfterMs ?? DEFAULT_REVIEW_AFTER_MS, () => {
      actions.setStatus(ticketId, reviewStatus);
    });
    later(options?.replyAfterMs ?? DEFAULT_REPLY_AFTER_MS, () => {
      actions.reply(ticketId, typeof replyBody === 'string' ? () => replyBody : replyBody);
    });
  }

  function clear(): void {
    for (const timer of timers) {
      clearTimeout(timer);
    }

    timers.clear();
  }

  return { schedule, clear };
}
