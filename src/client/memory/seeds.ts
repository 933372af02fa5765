import type { FeatureCategory, Person, TicketDetail } from '../types';
import { WAITING_FOR_SUPPORT } from './defaults';
import type { TicketStore } from './store';
import type { MemoryTicketSeed } from './types';

/** Client settings that turning seeds into tickets depends on. */
export interface SeedContext {
  store: TicketStore;
  categories: FeatureCategory[];
  currentUser: Person;
  now: Date;
}

/** Parses an ISO 8601 timestamp and writes it back in UTC, or throws naming the seed. */
function toIsoString(value: string, seed: MemoryTicketSeed, field: string): string {
  const time = Date.parse(value);

  if (Number.isNaN(time)) {
    throw new Error(
      `react-support-tickets: memory ticket "${seed.title}" has an invalid ${field}: ` +
        `${JSON.stringify(value)}; use an ISO 8601 timestamp`,
    );
  }

  return new Date(time).toISOString();
}

function findCategory(seed: MemoryTicketSeed, categories: FeatureCategory[]): FeatureCategory {
  const category =
    seed.categoryId === undefined
      ? categories[0]
      : categories.find((candidate) => candidate.id === seed.categoryId);

  if (category === undefined) {
    const ids = categories.map((candidate) => candidate.id).join(', ');

    throw new Error(
      `react-support-tickets: memory ticket "${seed.title}" uses the unknown category ` +
        `${JSON.stringify(seed.categoryId)}; use one of: ${ids}`,
    );
  }

  return { ...category };
}

/** Returns the latest of several ISO 8601 UTC timestamps, which sort as strings. */
function latest(timestamps: string[]): string {
  return timestamps.reduce((max, value) => (value > max ? value : max));
}

/** Turns one seed into a stored ticket, filling in defaults; the key must already be reserved. */
function toTicket(seed: MemoryTicketSeed, context: SeedContext): TicketDetail {
  const { store } = context;
  const createdAt =
    seed.createdAt === undefined
      ? context.now.toISOString()
      : toIsoString(seed.createdAt, seed, 'createdAt');
  const history = (seed.statusHistory ?? []).map((change) => ({
    status: { ...change.status },
    at: toIsoString(change.at, seed, 'statusHistory entry'),
  }));
  const status = seed.status ?? history.at(-1)?.status ?? WAITING_FOR_SUPPORT;

  if (history.length === 0) {
    history.push({ status: { ...status }, at: createdAt });
  }

  const comments = (seed.comments ?? []).map((comment) => ({
    ...comment,
    author: { ...comment.author },
    createdAt: toIsoString(comment.createdAt, seed, 'comment createdAt'),
    attachments: comment.attachments.map((attachment) => ({ ...attachment })),
  }));
  const updatedAt =
    seed.updatedAt === undefined
      ? latest([
          createdAt,
          ...history.map((change) => change.at),
          ...comments.map((c) => c.createdAt),
        ])
      : toIsoString(seed.updatedAt, seed, 'updatedAt');
  const key = seed.key ?? store.nextKey();
  const category = findCategory(seed, context.categories);
  const ticket: TicketDetail = {
    id: seed.id ?? store.nextId('ticket'),
    key,
    title: seed.title,
    type: seed.type ?? 'bug',
    category,
    status: { ...status },
    createdAt,
    updatedAt,
    url: store.urlFor(key),
    description: seed.description ?? '',
    reporter: { ...(seed.reporter ?? context.currentUser) },
    attachments: (seed.attachments ?? []).map((attachment) => ({ ...attachment })),
    comments,
    participants: (seed.participants ?? []).map((participant) => ({ ...participant })),
    statusHistory: history,
    acceptsComments: seed.acceptsComments ?? true,
  };

  if (category.other && seed.otherCategory !== undefined) {
    ticket.otherCategory = seed.otherCategory;
  }

  return ticket;
}

/** Turns seeds into tickets and adds them to the store; throws on an invalid seed. */
export function addSeedTickets(seeds: readonly MemoryTicketSeed[], context: SeedContext): void {
  for (const seed of seeds) {
    if (seed.key !== undefined) {
      context.store.reserveKey(seed.key);
    }
  }

  for (const seed of seeds) {
    context.store.add(toTicket(seed, context));
  }
}
