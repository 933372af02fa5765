/** Role of the signed-in user in the host app; only admins and account admins may create tickets. */
export type UserRole = 'admin' | 'account-admin' | 'member';

/** The kind of request a ticket is. */
export type TicketType = 'bug' | 'service-request' | 'feature';

/**
 * Status category shared by every backend. Jira Service Management maps NEW and INDETERMINATE to
 * `open` or `waiting-for-user` by status name; Zendesk maps `pending` to `waiting-for-user` and
 * `solved`/`closed` to `resolved`.
 */
export type StatusCategory = 'open' | 'waiting-for-user' | 'resolved';

/** Status as the support team shows it: a category the components act on, and its own label. */
export interface TicketStatus {
  category: StatusCategory;
  /** Customer-facing name of the status, such as "In review" or "Escalated". */
  label: string;
}

/** A feature category that a ticket can be filed under. */
export interface FeatureCategory {
  id: string;
  label: string;
  /** Marks the catch-all category; the form lists it last and shows a short field for the area. */
  other?: boolean;
}

/** Limits on the files attached to a ticket or a comment. */
export interface AttachmentRules {
  /** Maximum size of one file, in bytes. */
  maxFileSize: number;
  /** Maximum number of files on one ticket or one reply. */
  maxFiles: number;
  /**
   * Accepted types: MIME types (`image/png`), MIME wildcards (`image/*`) or extensions (`.log`).
   * An empty list accepts every type.
   */
  accept: string[];
}

/** Length limits, counted in user-perceived characters. */
export interface TextLimits {
  titleMaxLength: number;
  descriptionMaxLength: number;
  commentMaxLength: number;
  /** Maximum length of the area typed when the category is the `other` one. */
  otherCategoryMaxLength?: number;
}

/** Everything the ticket form needs from the backend before it can render. */
export interface FormOptions {
  /** Ticket types on offer, in display order. */
  ticketTypes: TicketType[];
  /** Feature categories, in display order; the form moves the `other` one to the end. */
  categories: FeatureCategory[];
  attachments: AttachmentRules;
  /** Rules for files on replies; absent when the backend takes no files on replies. */
  commentAttachments?: AttachmentRules;
  limits: TextLimits;
}

/** A ticket as the user filled it in, before it is created. */
export interface TicketDraft {
  type: TicketType;
  title: string;
  categoryId: string;
  /** Free-text area, given when the chosen category is the `other` one. */
  otherCategory?: string;
  description: string;
  /** Files to attach, in the order the user added them; empty when the client uploads on add. */
  attachments: File[];
  /** Identifiers returned by `uploadAttachment`, when the client uploads each file on add. */
  attachmentIds?: string[];
}

/** A person known to the support system. */
export interface Person {
  /** Backend identifier, such as a Jira account id or a Zendesk user id, when the backend shares it. */
  id?: string;
  name: string;
  email?: string;
}

/** A file stored with a ticket or a comment. */
export interface TicketAttachment {
  id: string;
  name: string;
  /** Size in bytes. */
  size: number;
  /** MIME type; may be empty when the backend does not know it. */
  type: string;
  /** Address the browser can open or download; backends that need credentials serve it through a proxy. */
  url: string;
}

/** A ticket as the list of the user's tickets shows it. */
export interface TicketSummary {
  id: string;
  /** Human-readable key, such as `HELP-42`. */
  key: string;
  title: string;
  type: TicketType;
  category: FeatureCategory;
  status: TicketStatus;
  /** ISO 8601 timestamp of creation. */
  createdAt: string;
  /** ISO 8601 timestamp of the latest activity: a comment or a status change. */
  updatedAt: string;
  /** Address of the ticket in the support portal, when there is one. */
  url?: string;
}

/** The result of creating a ticket. */
export interface CreatedTicket extends TicketSummary {
  /** True when this was the user's first ticket, so the support system is creating their account. */
  firstTicket: boolean;
}

/** One comment on a ticket. */
export interface TicketComment {
  id: string;
  /** Plain text; the components never interpret it as HTML. */
  body: string;
  author: Person;
  /** True when the author is on the support team. */
  fromSupport: boolean;
  /** ISO 8601 timestamp. */
  createdAt: string;
  attachments: TicketAttachment[];
}

/** A colleague who receives updates on a ticket. */
export interface Participant {
  email: string;
  name?: string;
}

/** One entry of a ticket's status history. */
export interface StatusChange {
  status: TicketStatus;
  /** ISO 8601 timestamp. */
  at: string;
}

/** A ticket with everything its detail view shows. */
export interface TicketDetail extends TicketSummary {
  description: string;
  /** Category area typed by the user when the category is the `other` one. */
  otherCategory?: string;
  reporter: Person;
  attachments: TicketAttachment[];
  /** Comments, oldest first. */
  comments: TicketComment[];
  participants: Participant[];
  /** Status changes, oldest first; the last entry is the current status. */
  statusHistory: StatusChange[];
  /** False when the backend takes no more replies, for example on a closed ticket. */
  acceptsComments: boolean;
}

/** Filter and page of a `listMyTickets` call. */
export interface TicketQuery {
  /** Status category to show; `all` or absent shows every ticket. */
  status?: StatusCategory | 'all';
  /** Text matched against the key and title. */
  search?: string;
  /** Cursor returned by the previous page; absent for the first page. */
  cursor?: string;
  /** Page size the caller would like; backends may return fewer. */
  limit?: number;
}

/** One page of tickets. Backends such as Jira Service Management give no total, so none is asked. */
export interface TicketPage {
  tickets: TicketSummary[];
  /** Cursor for the next page, or null on the last page. */
  nextCursor: string | null;
}

/** A new comment. */
export interface CommentInput {
  body: string;
  /** Files to attach, checked against `FormOptions.commentAttachments`. */
  attachments?: File[];
}

/** A help article suggested before a user files a ticket. */
export interface HelpArticle {
  id: string;
  title: string;
  url: string;
  excerpt?: string;
}

/** Whether ticketing is open to the user's account. */
export interface TicketAccess {
  /**
   * `enabled`: tickets can be created. `not-enabled`: the feature has not reached this account yet.
   * `disabled`: access was withdrawn, for example after misuse.
   */
  status: 'enabled' | 'not-enabled' | 'disabled';
  /** Explanation from the backend to show as is. */
  message?: string;
}

/** Options every client method takes. */
export interface RequestOptions {
  /** Aborts the request; the method then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of `createTicket`. */
export interface CreateTicketOptions extends RequestOptions {
  /**
   * Key that is the same for every attempt to create one ticket. A backend that receives a key
   * again returns the ticket it created for that key instead of creating a second one.
   */
  idempotencyKey: string;
}

/** Progress of an upload, as `uploadAttachment` reports it. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send in all. */
  total: number;
}

/** Options of `uploadAttachment`. */
export interface UploadAttachmentOptions extends RequestOptions {
  signal: AbortSignal;
  /** Called as bytes are sent, so the form can show progress. */
  onProgress?: (progress: UploadProgress) => void;
}

/** A file stored by the backend ahead of the ticket it belongs to. */
export interface UploadedAttachment {
  /** Identifier that `createTicket` receives in the draft's `attachmentIds`. */
  id: string;
}

/**
 * The backend behind the components. Implement it over Jira Service Management, Zendesk or the
 * host's own API, usually through the host's server because helpdesk APIs take no browser
 * credentials. Every method rejects with a `TicketClientError` on failure, or with the signal's
 * reason when aborted.
 */
export interface TicketClient {
  /**
   * Returns the ticket types, feature categories, attachment rules and text limits of the form.
   * @throws TicketClientError `network`, `timeout`, `unauthorized`, `forbidden`, `unavailable`,
   * `rate-limited` or `unknown`.
   */
  getFormOptions(options?: RequestOptions): Promise<FormOptions>;

  /**
   * Creates a ticket reported by the current user, with its attachments. Must return the same
   * ticket again, without creating another, when called again with the same idempotency key.
   * @throws TicketClientError `invalid` with `fieldErrors` keyed by draft field, `access-disabled`,
   * `forbidden`, `unauthorized`, `rate-limited`, `network`, `timeout`, `unavailable` or `unknown`.
   */
  createTicket(draft: TicketDraft, options: CreateTicketOptions): Promise<CreatedTicket>;

  /**
   * Uploads one file before the ticket exists, as Jira Service Management's temporary files and
   * Zendesk's upload tokens work. Optional: with it, the form uploads each file as soon as it is
   * added and shows progress, and `createTicket` receives `attachmentIds` and no `attachments`.
   * @throws TicketClientError `invalid` (type or size refused), `unauthorized`, `rate-limited`,
   * `network`, `timeout`, `unavailable` or `unknown`.
   */
  uploadAttachment?(file: File, options: UploadAttachmentOptions): Promise<UploadedAttachment>;

  /**
   * Returns one page of the tickets the current user created, latest activity first. Tickets of
   * other users, even of the same organization, are never included.
   * @throws TicketClientError `invalid` (a cursor or filter the backend does not accept),
   * `unauthorized`, `forbidden`, `rate-limited`, `network`, `timeout`, `unavailable` or `unknown`.
   */
  listMyTickets(query: TicketQuery, options?: RequestOptions): Promise<TicketPage>;

  /**
   * Returns one ticket of the current user with its comments, participants and status history.
   * @throws TicketClientError `not-found` (also for tickets the user may not see), `forbidden`,
   * `unauthorized`, `rate-limited`, `network`, `timeout`, `unavailable` or `unknown`.
   */
  getTicket(ticketId: string, options?: RequestOptions): Promise<TicketDetail>;

  /**
   * Adds a public comment by the current user and returns it.
   * @throws TicketClientError `invalid` (for example an empty body, or a ticket that takes no more
   * replies), `not-found`, `forbidden`, `unauthorized`, `rate-limited`, `network`, `timeout`,
   * `unavailable` or `unknown`.
   */
  addComment(
    ticketId: string,
    comment: CommentInput,
    options?: RequestOptions,
  ): Promise<TicketComment>;

  /**
   * Adds a colleague, known by e-mail, who then receives the ticket's updates; returns the new
   * participant list.
   * @throws TicketClientError `invalid` with `fieldErrors.email` (malformed address, the user
   * themselves, already a participant, no support account), `not-found`, `forbidden`,
   * `unauthorized`, `rate-limited`, `network`, `timeout`, `unavailable` or `unknown`.
   */
  addParticipant(
    ticketId: string,
    participant: { email: string },
    options?: RequestOptions,
  ): Promise<Participant[]>;

  /**
   * Removes a participant and returns the remaining list. Optional: without it the components
   * offer no remove button.
   * @throws TicketClientError as `addParticipant`.
   */
  removeParticipant?(
    ticketId: string,
    participant: { email: string },
    options?: RequestOptions,
  ): Promise<Participant[]>;

  /**
   * Returns help articles that may answer the user's question, best match first. Optional.
   * @throws TicketClientError any code; the components hide suggestions when it fails.
   */
  searchHelpArticles?(
    query: { text: string; limit: number },
    options?: RequestOptions,
  ): Promise<HelpArticle[]>;

  /**
   * Returns whether ticketing is open to the user's account. Optional: without it the components
   * assume `enabled`.
   * @throws TicketClientError `unauthorized`, `network`, `timeout`, `unavailable` or `unknown`.
   */
  getAccess?(options?: RequestOptions): Promise<TicketAccess>;
}
