import type {
  Participant,
  TicketAttachment,
  TicketComment,
  TicketDetail,
  TicketStatus,
  TicketSummary,
} from '../types';

/** Everything the store holds, as persistence saves it. */
export interface StoreState {
  tickets: TicketDetail[];
  /** Last number used for generated ids. */
  sequence: number;
}

/** Kinds of generated ids; the prefix keeps ids of different kinds apart. */
export type IdKind = 'ticket' | 'comment' | 'file';

/** Number of the first generated key, as in `HELP-101`. */
const FIRST_KEY_NUMBER = 101;

/** Tickets of every user by id, with the counters that generate ids and keys. */
export class TicketStore {
  private readonly tickets = new Map<string, TicketDetail>();
  private readonly keyPattern: RegExp;
  private sequence = 0;
  private nextKeyNumber = FIRST_KEY_NUMBER;

  constructor(
    private readonly keyPrefix: string,
    private readonly portalUrl: string,
  ) {
    const escaped = keyPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.keyPattern = new RegExp(`^${escaped}-(\\d+)$`);
  }

  /** Replaces every ticket and restores the id counter. */
  load(state: StoreState): void {
    this.tickets.clear();
    this.sequence = state.sequence;
    this.nextKeyNumber = FIRST_KEY_NUMBER;

    for (const ticket of state.tickets) {
      this.add(ticket);
    }
  }

  /** Returns the saved form of every ticket; the tickets are shared, not copied. */
  toState(): StoreState {
    return { tickets: [...this.tickets.values()], sequence: this.sequence };
  }

  /** Returns the ticket with this id, of any user. */
  get(ticketId: string): TicketDetail | undefined {
    return this.tickets.get(ticketId);
  }

  /** Returns every ticket of every user, in insertion order. */
  values(): IterableIterator<TicketDetail> {
    return this.tickets.values();
  }

  /** Adds a ticket; throws when its id or key is already taken. */
  add(ticket: TicketDetail): void {
    if (this.tickets.has(ticket.id)) {
      throw new Error(`react-support-tickets: two memory tickets have the id "${ticket.id}"`);
    }

    this.reserveKey(ticket.key);
    this.tickets.set(ticket.id, ticket);
  }

  /** Makes generated keys skip this key and every lower number. */
  reserveKey(key: string): void {
    const match = this.keyPattern.exec(key);

    if (match?.[1] !== undefined) {
      this.nextKeyNumber = Math.max(this.nextKeyNumber, Number(match[1]) + 1);
    }
  }

  /** Returns a new id that no ticket, comment or file of this store uses. */
  nextId(kind: IdKind): string {
    let id: string;

    do {
      this.sequence += 1;
      id = `${kind}-${String(this.sequence).padStart(6, '0')}`;
    } while (kind === 'ticket' && this.tickets.has(id));

    return id;
  }

  /** Returns the next free key, such as `HELP-101`. */
  nextKey(): string {
    const key = `${this.keyPrefix}-${this.nextKeyNumber}`;

    this.nextKeyNumber += 1;

    return key;
  }

  /** Returns the portal address of a ticket. */
  urlFor(key: string): string {
    return `${this.portalUrl.replace(/\/+$/, '')}/${encodeURIComponent(key)}`;
  }
}

/** Returns true when two statuses have the same category and label. */
export function isSameStatus(a: TicketStatus, b: TicketStatus): boolean {
  return a.category === b.category && a.label === b.label;
}

/** Sets the status, records it in the history and moves `updatedAt`; returns false if unchanged. */
export function changeStatus(ticket: TicketDetail, status: TicketStatus, at: string): boolean {
  if (isSameStatus(ticket.status, status)) {
    return false;
  }

  ticket.status = { category: status.category, label: status.label };
  ticket.statusHistory.push({ status: { ...ticket.status }, at });
  ticket.updatedAt = at;

  return true;
}

/** Appends a comment and moves `updatedAt` to its time. */
export function appendComment(ticket: TicketDetail, comment: TicketComment): void {
  ticket.comments.push(comment);
  ticket.updatedAt = comment.createdAt;
}

/** Returns the list view of a ticket as a new object. */
export function toSummary(ticket: TicketDetail): TicketSummary {
  const summary: TicketSummary = {
    id: ticket.id,
    key: ticket.key,
    title: ticket.title,
    type: ticket.type,
    category: { ...ticket.category },
    status: { ...ticket.status },
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
  };

  if (ticket.url !== undefined) {
    summary.url = ticket.url;
  }

  return summary;
}

function cloneAttachments(attachments: TicketAttachment[]): TicketAttachment[] {
  return attachments.map((attachment) => ({ ...attachment }));
}

/** Returns a copy of a comment that shares nothing with the stored one. */
export function cloneComment(comment: TicketComment): TicketComment {
  return {
    ...comment,
    author: { ...comment.author },
    attachments: cloneAttachments(comment.attachments),
  };
}

/** Returns a copy of a participant list. */
export function cloneParticipants(participants: Participant[]): Participant[] {
  return participants.map((participant) => ({ ...participant }));
}

/** Returns a copy of a ticket that shares nothing with the stored one. */
export function cloneDetail(ticket: TicketDetail): TicketDetail {
  return {
    ...ticket,
    ...toSummary(ticket),
    reporter: { ...ticket.reporter },
    attachments: cloneAttachments(ticket.attachments),
    comments: ticket.comments.map(cloneComment),
    participants: cloneParticipants(ticket.participants),
    statusHistory: ticket.statusHistory.map((change) => ({
      status: { ...change.status },
      at: change.at,
    })),
  };
}
