import type { TicketClientError, TicketClientErrorCode } from '../errors';
import type {
  AttachmentRules,
  FeatureCategory,
  HelpArticle,
  Participant,
  Person,
  RequestOptions,
  StatusChange,
  TextLimits,
  TicketAccess,
  TicketAttachment,
  TicketClient,
  TicketComment,
  TicketDetail,
  TicketStatus,
  TicketType,
} from '../types';

/** The signed-in user of the memory client. */
export interface MemoryUser {
  name: string;
  email: string;
}

/** A ticket to start the memory client with; every field but the title has a default. */
export interface MemoryTicketSeed {
  /** @default a generated id */
  id?: string;
  /** @default the next free key, such as `HELP-101` */
  key?: string;
  title: string;
  /** @default 'bug' */
  type?: TicketType;
  /** Id of one of the client's categories. @default the first category */
  categoryId?: string;
  otherCategory?: string;
  /** @default '' */
  description?: string;
  /** @default the last `statusHistory` entry, else open "Waiting for support" */
  status?: TicketStatus;
  /** ISO 8601 timestamp. @default the client's current time */
  createdAt?: string;
  /** ISO 8601 timestamp. @default the latest of `createdAt`, comments and status changes */
  updatedAt?: string;
  /** Person who filed the ticket; a reporter other than the current user hides it. */
  reporter?: Person;
  attachments?: TicketAttachment[];
  comments?: TicketComment[];
  participants?: Participant[];
  /** @default one entry with `status` at `createdAt` */
  statusHistory?: StatusChange[];
  /** @default true */
  acceptsComments?: boolean;
}

/** Name of a `TicketClient` method, as failure rules and calls name it. */
export type MemoryMethodName =
  | 'getFormOptions'
  | 'createTicket'
  | 'listMyTickets'
  | 'getTicket'
  | 'addComment'
  | 'addParticipant'
  | 'removeParticipant'
  | 'searchHelpArticles'
  | 'getAccess';

/** A call that reached the memory backend, as a failure function receives it. */
export interface MemoryCall {
  method: MemoryMethodName;
  /** Arguments of the call, without the request options. */
  args: readonly unknown[];
  /** Number of this call among the calls of the same method that reached the backend, from 1. */
  attempt: number;
}

/** A failure that runs out after a number of calls, and may happen after the call took effect. */
export interface MemoryFailureSpec {
  /** Error to reject with; a code makes a new `TicketClientError` with that code for each call. */
  error: TicketClientError | TicketClientErrorCode;
  /** Number of calls to fail, after which the rule lets calls through. @default every call */
  times?: number;
  /**
   * `request` fails before the call has any effect. `response` applies the call and then fails,
   * like a lost response, so a retry with the same idempotency key returns the ticket.
   * @default 'request'
   */
  phase?: 'request' | 'response';
}

/**
 * How a method fails on purpose: an error or error code fails every call, a function decides per
 * call (returning undefined lets it through), and a `MemoryFailureSpec` can run out.
 */
export type MemoryFailureRule =
  | TicketClientError
  | TicketClientErrorCode
  | ((call: MemoryCall) => TicketClientError | undefined)
  | MemoryFailureSpec;

/** Failure rules by method; of several rules, the first that applies to a call wins. */
export type MemoryFailures = Partial<
  Record<MemoryMethodName, MemoryFailureRule | readonly MemoryFailureRule[]>
>;

/** Simulated network delay in milliseconds: fixed, or drawn uniformly from a range per call. */
export type MemoryLatency = number | { min: number; max: number };

/** Storage location of the memory client's tickets between page loads. */
export interface MemoryPersistOptions {
  /** Storage key of the saved state. */
  key: string;
  /** @default globalThis.localStorage */
  storage?: Storage;
  /**
   * Largest attachment, in bytes, saved as a data: URL; larger ones last one session.
   * @default 524288
   */
  maxInlineAttachmentSize?: number;
}

/** Scripted support-team activity that follows each ticket the current user creates. */
export interface MemorySupportActivityOptions {
  /** Delay after creation, in ms, before the status becomes `reviewStatus`. @default 4000 */
  reviewAfterMs?: number;
  /** Delay after creation, in ms, before the reply and "Waiting for you". @default 8000 */
  replyAfterMs?: number;
  /** @default { category: 'open', label: 'In review' } */
  reviewStatus?: TicketStatus;
  /** Body of the support reply, or a function of the ticket that returns it. */
  replyBody?: string | ((ticket: TicketDetail) => string);
}

/** Options of `createMemoryTicketClient`; every one has a default that makes a working demo. */
export interface MemoryTicketClientOptions {
  /** @default a demo administrator, Alex Morgan <alex.morgan@example.com> */
  currentUser?: MemoryUser;
  /** Tickets to start with, of the current user or of others. @default a few sample tickets */
  tickets?: MemoryTicketSeed[];
  /** @default product areas such as "Dashboard" and "Billing", then "Other" */
  categories?: FeatureCategory[];
  /** @default ['bug', 'service-request', 'feature'] */
  ticketTypes?: TicketType[];
  /** @default 10 MB per file, 5 files, images, PDF, text, CSV, logs, JSON and ZIP */
  attachmentRules?: AttachmentRules;
  /**
   * Rules for files on replies; `null` makes replies take no files.
   * @default the ticket's `attachmentRules`
   */
  commentAttachmentRules?: AttachmentRules | null;
  /** @default title 120, description 5000, comment 5000 characters */
  limits?: Partial<TextLimits>;
  /** @default 0 */
  latency?: MemoryLatency;
  /** Calls to fail on purpose. @default none */
  failures?: MemoryFailures;
  /** Access that `getAccess` returns; unless enabled, `createTicket` rejects `access-disabled`. */
  access?: TicketAccess;
  /** Saves tickets in Web Storage; a saved state found on creation replaces the seeds. */
  persist?: MemoryPersistOptions;
  /** Scripted support replies after each new ticket; false turns them off. @default enabled */
  supportActivity?: false | MemorySupportActivityOptions;
  /** Articles that `searchHelpArticles` matches. @default a few articles about the demo product */
  helpArticles?: HelpArticle[];
  /** Returns a user-facing message to reject a participant's e-mail, or undefined to accept it. */
  validateParticipant?: (email: string) => string | undefined;
  /** Author of support replies. @default Jordan Lee, customer success manager */
  supportAgent?: Person;
  /** Prefix of ticket keys. @default 'HELP' */
  keyPrefix?: string;
  /** Address of the support portal; a ticket's `url` is this plus `/` and its key. */
  portalUrl?: string;
  /** Current time, for tests. @default () => new Date() */
  now?: () => Date;
}

/** Change notice that `subscribe` listeners receive; `reset` changes every ticket at once. */
export type MemoryTicketChange =
  { type: 'created' | 'updated'; ticketId: string } | { type: 'reset' };

/** A `TicketClient` over memory, with helpers for stories and tests to act as the support team. */
export interface MemoryTicketClient extends TicketClient {
  removeParticipant(
    ticketId: string,
    participant: { email: string },
    options?: RequestOptions,
  ): Promise<Participant[]>;
  searchHelpArticles(
    query: { text: string; limit: number },
    options?: RequestOptions,
  ): Promise<HelpArticle[]>;
  getAccess(options?: RequestOptions): Promise<TicketAccess>;

  /** Sets a status as the support team would and returns the ticket; throws `not-found`. */
  setStatus(
    ticketId: string,
    status: TicketStatus,
    options?: { acceptsComments?: boolean },
  ): TicketDetail;
  /**
   * Adds a comment by the support agent and returns it. The status becomes `status`, by default
   * "Waiting for you", and null keeps the current one. Throws `not-found`.
   */
  simulateSupportReply(
    ticketId: string,
    body: string,
    options?: { status?: TicketStatus | null },
  ): TicketComment;
  /** Replaces the failure rules and restarts their counts. */
  setFailures(failures: MemoryFailures): void;
  /** Calls `listener` after every change to a ticket; returns a function that unsubscribes. */
  subscribe(listener: (change: MemoryTicketChange) => void): () => void;
  /** Restores the seed tickets, also in saved state, and clears idempotency keys and timers. */
  reset(): void;
  /** Cancels support activity, revokes blob: URLs and drops listeners; calls still work. */
  dispose(): void;
}
