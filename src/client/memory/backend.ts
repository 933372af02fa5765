import type {
  CreatedTicket,
  FormOptions,
  Participant,
  Person,
  TicketComment,
  TicketDetail,
  TicketDraft,
  TicketStatus,
} from '../types';
import { WAITING_FOR_SUPPORT } from './defaults';
import { ObjectUrlRegistry, toAttachment } from './files';
import type { PreparedFile } from './files';
import type { Persistence } from './persistence';
import { addSeedTickets } from './seeds';
import { appendComment, changeStatus, cloneComment, cloneParticipants, toSummary } from './store';
import type { TicketStore } from './store';
import type { MemoryTicketChange, MemoryTicketSeed, MemoryUser } from './types';
import {
  invalid,
  isSameEmail,
  normalizeEmail,
  ticketNotFound,
  validateCommentBody,
} from './validation';

/** Dependencies of the backend, with every option of the client resolved to a value. */
export interface BackendConfig {
  store: TicketStore;
  persistence: Persistence | undefined;
  currentUser: MemoryUser;
  supportAgent: Person;
  form: FormOptions;
  now: () => Date;
  seeds: () => MemoryTicketSeed[];
  validateParticipant: ((email: string) => string | undefined) | undefined;
  /** Called after the current user created a ticket, to start scripted support activity. */
  onTicketCreated: (ticketId: string) => void;
}

/**
 * The server side of the memory client: it applies each change to the store, saves it and notifies
 * the listeners. Methods run synchronously, after the client has simulated the network.
 */
export class MemoryBackend {
  /** Result of each `createTicket` by idempotency key. */
  readonly createdByKey = new Map<string, CreatedTicket>();
  readonly objectUrls = new ObjectUrlRegistry();
  private readonly listeners = new Set<(change: MemoryTicketChange) => void>();

  constructor(private readonly config: BackendConfig) {}

  /** Replaces every ticket with the seed tickets. */
  loadSeeds(): void {
    const { store, currentUser } = this.config;

    store.load({ tickets: [], sequence: 0 });
    addSeedTickets(this.config.seeds(), {
      store,
      categories: this.config.form.categories,
      currentUser: { name: currentUser.name, email: currentUser.email },
      now: this.config.now(),
    });
  }

  /** Adds a change listener and returns a function that removes it. */
  subscribe(listener: (change: MemoryTicketChange) => void): () => void {
    this.listeners.add(listener);

    return () => {
      this.listeners.delete(listener);
    };
  }

  clearListeners(): void {
    this.listeners.clear();
  }

  /** Saves the state and calls every listener; a listener that throws is logged and skipped. */
  notify(change: MemoryTicketChange): void {
    this.config.persistence?.save(this.config.store.toState());

    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('react-support-tickets: a memory client change listener threw', error);
      }
    }
  }

  isCurrentUser(email: string | undefined): boolean {
    return isSameEmail(email, this.config.currentUser.email);
  }

  /** Returns a ticket of the current user; others' tickets are `not-found`, as helpdesks do. */
  findOwnTicket(ticketId: string): TicketDetail {
    const ticket = this.config.store.get(ticketId);

    if (ticket === undefined || !this.isCurrentUser(ticket.reporter.email)) {
      throw ticketNotFound(ticketId);
    }

    return ticket;
  }

  /** Returns a ticket of any user, or throws `not-found`. */
  findAnyTicket(ticketId: string): TicketDetail {
    const ticket = this.config.store.get(ticketId);

    if (ticket === undefined) {
      throw ticketNotFound(ticketId);
    }

    return ticket;
  }

  /** Stores a validated draft as a new ticket of the current user. */
  createTicket(draft: TicketDraft, files: PreparedFile[]): CreatedTicket {
    const { store, currentUser, form } = this.config;
    const at = this.config.now().toISOString();
    const category = form.categories.find((candidate) => candidate.id === draft.categoryId);
    const firstTicket = ![...store.values()].some((ticket) =>
      this.isCurrentUser(ticket.reporter.email),
    );
    const key = store.nextKey();
    const ticket: TicketDetail = {
      id: store.nextId('ticket'),
      key,
      title: draft.title.trim(),
      type: draft.type,
      category: { ...(category ?? { id: draft.categoryId, label: draft.categoryId }) },
      status: { ...WAITING_FOR_SUPPORT },
      createdAt: at,
      updatedAt: at,
      url: store.urlFor(key),
      description: (draft.description ?? '').trim(),
      reporter: { name: currentUser.name, email: currentUser.email },
      attachments: files.map((file) => toAttachment(file, store.nextId('file'), this.objectUrls)),
      comments: [],
      participants: [],
      statusHistory: [{ status: { ...WAITING_FOR_SUPPORT }, at }],
      acceptsComments: true,
    };
    const otherCategory = draft.otherCategory?.trim();

    if (category?.other && otherCategory) {
      ticket.otherCategory = otherCategory;
    }

    store.add(ticket);
    this.config.onTicketCreated(ticket.id);
    this.notify({ type: 'created', ticketId: ticket.id });

    return { ...toSummary(ticket), firstTicket };
  }

  /**
   * Adds a comment by the current user. As in Zendesk, the reply moves a ticket that waits for the
   * user, or a resolved one that still takes replies, back to "Waiting for support".
   */
  addUserComment(ticketId: string, body: unknown, files: PreparedFile[] = []): TicketComment {
    const { currentUser, form } = this.config;
    const ticket = this.findOwnTicket(ticketId);

    if (!ticket.acceptsComments) {
      throw invalid(`Ticket ${ticket.key} takes no more comments`, {
        body: 'This ticket is closed and takes no more replies',
      });
    }

    const at = this.config.now().toISOString();
    const comment: TicketComment = {
      id: this.config.store.nextId('comment'),
      body: validateCommentBody(body, form.limits.commentMaxLength),
      author: { name: currentUser.name, email: currentUser.email },
      fromSupport: false,
      createdAt: at,
      attachments: files.map((file) =>
        toAttachment(file, this.config.store.nextId('file'), this.objectUrls),
      ),
    };

    appendComment(ticket, comment);

    if (ticket.status.category !== 'open') {
      changeStatus(ticket, WAITING_FOR_SUPPORT, at);
    }

    this.notify({ type: 'updated', ticketId });

    return cloneComment(comment);
  }

  /** Adds a participant by e-mail after the checks a helpdesk makes, and returns the list. */
  addParticipant(ticketId: string, rawEmail: unknown): Participant[] {
    const ticket = this.findOwnTicket(ticketId);
    const email = normalizeEmail(rawEmail);

    if (email === undefined) {
      throw invalid('Participant e-mail is malformed', {
        email: 'Enter an e-mail address like name@example.com',
      });
    }

    if (this.isCurrentUser(email)) {
      throw invalid('Participant is the current user', {
        email: 'You already receive updates on your own tickets',
      });
    }

    if (ticket.participants.some((existing) => isSameEmail(existing.email, email))) {
      throw invalid('Participant was already added', {
        email: `${email} is already a participant`,
      });
    }

    const rejection = this.config.validateParticipant?.(email);

    if (rejection !== undefined) {
      throw invalid('The support system rejected the participant', { email: rejection });
    }

    ticket.participants.push({ email });
    this.notify({ type: 'updated', ticketId });

    return cloneParticipants(ticket.participants);
  }

  /** Removes a participant and returns the rest; removing a non-participant changes nothing. */
  removeParticipant(ticketId: string, email: unknown): Participant[] {
    const ticket = this.findOwnTicket(ticketId);
    const normalized = typeof email === 'string' ? email : undefined;
    const remaining = ticket.participants.filter(
      (existing) => !isSameEmail(existing.email, normalized),
    );

    if (remaining.length !== ticket.participants.length) {
      ticket.participants = remaining;
      this.notify({ type: 'updated', ticketId });
    }

    return cloneParticipants(ticket.participants);
  }

  /** Sets a status as the support team would, and optionally whether replies are taken. */
  setStatus(ticket: TicketDetail, status: TicketStatus, acceptsComments?: boolean): void {
    const changed = changeStatus(ticket, status, this.config.now().toISOString());
    const acceptsChanged =
      acceptsComments !== undefined && acceptsComments !== ticket.acceptsComments;

    if (acceptsComments !== undefined) {
      ticket.acceptsComments = acceptsComments;
    }

    if (changed || acceptsChanged) {
      this.notify({ type: 'updated', ticketId: ticket.id });
    }
  }

  /** Adds a comment by the support agent and sets the status, unless it is null. */
  addSupportReply(ticket: TicketDetail, body: string, status: TicketStatus | null): TicketComment {
    const at = this.config.now().toISOString();
    const comment: TicketComment = {
      id: this.config.store.nextId('comment'),
      body,
      author: { ...this.config.supportAgent },
      fromSupport: true,
      createdAt: at,
      attachments: [],
    };

    appendComment(ticket, comment);

    if (status !== null) {
      changeStatus(ticket, status, at);
    }

    this.notify({ type: 'updated', ticketId: ticket.id });

    return cloneComment(comment);
  }
}
