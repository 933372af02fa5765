import type { FeatureCategory, Person, StatusChange, TicketComment, TicketType } from '../types';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_CURRENT_USER,
  DEFAULT_SUPPORT_AGENT,
  IN_REVIEW,
  RESOLVED,
  WAITING_FOR_SUPPORT,
  WAITING_FOR_YOU,
} from './defaults';
import type { MemoryTicketSeed } from './types';

const DAY = 24 * 60 * 60 * 1000;

/** Options of `createDemoTickets`. */
export interface DemoTicketOptions {
  /** Seed of the pseudo-random generator; one seed and `now` give the same tickets. @default 1 */
  seed?: number;
  /** Reporter of the tickets that are not given to `otherReporters`. @default the demo user */
  reporter?: Person;
  /** Reporters of the other users' tickets. @default two colleagues of the demo user */
  otherReporters?: Person[];
  /** Share of tickets, from 0 to 1, filed by `otherReporters`. @default 0 */
  otherReporterShare?: number;
  /** Categories to file tickets under; ids must match the client's. @default the demo categories */
  categories?: FeatureCategory[];
  /** Latest time a ticket may have. @default the current time */
  now?: Date;
  /** Number of days before `now` over which creation times spread. @default 365 */
  spanDays?: number;
}

const DEFAULT_OTHER_REPORTERS: Person[] = [
  { name: 'Sam Rivera', email: 'sam.rivera@example.com' },
  { name: 'Priya Natarajan', email: 'priya.natarajan@example.com' },
];

const SUBJECTS = [
  'Revenue widget',
  'Usage report',
  'CSV export',
  'Slack alerts',
  'Salesforce sync',
  'User invitations',
  'Role permissions',
  'Invoice PDF',
  'Date range filter',
  'Scheduled e-mail digest',
  'Audit log',
  'Team overview',
];

const TITLE_PATTERNS: Record<TicketType, readonly string[]> = {
  bug: [
    '{subject} shows no data',
    '{subject} fails with an unknown error',
    '{subject} is slow for large accounts',
    '{subject} shows wrong totals after midnight',
    '{subject} ignores the time zone setting',
  ],
  'service-request': [
    'Please enable {subject} for our second workspace',
    'Reset {subject} settings to the defaults',
    'Move {subject} data to the new account',
  ],
  feature: [
    'Filter {subject} by team',
    'Schedule {subject} weekly',
    'Share {subject} with read-only users',
  ],
};

const TICKET_TYPES: readonly TicketType[] = ['bug', 'bug', 'service-request', 'feature'];

/** Returns a generator of numbers in [0, 1) from a 32-bit seed (the mulberry32 algorithm). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];

  if (item === undefined) {
    throw new Error('react-support-tickets: createDemoTickets needs non-empty lists to pick from');
  }

  return item;
}

/** Builds status history and support comments that lead from creation to a random final status. */
function buildActivity(
  random: () => number,
  createdAt: number,
  updatedAt: number,
  ticketNumber: number,
): { history: StatusChange[]; comments: TicketComment[]; acceptsComments: boolean } {
  const iso = (time: number) => new Date(time).toISOString();
  const history: StatusChange[] = [{ status: WAITING_FOR_SUPPORT, at: iso(createdAt) }];
  const comments: TicketComment[] = [];
  const roll = random();
  const supportComment = (body: string): TicketComment => ({
    id: `demo-comment-${ticketNumber}`,
    body,
    author: { ...DEFAULT_SUPPORT_AGENT },
    fromSupport: true,
    createdAt: iso(updatedAt),
    attachments: [],
  });

  if (roll < 0.2 || updatedAt === createdAt) {
    return { history, comments, acceptsComments: true };
  }

  if (roll < 0.4) {
    history.push({ status: IN_REVIEW, at: iso(updatedAt) });

    return { history, comments, acceptsComments: true };
  }

  const reviewAt = createdAt + Math.floor((updatedAt - createdAt) / 2);
  history.push({ status: IN_REVIEW, at: iso(reviewAt) });

  if (roll < 0.6) {
    history.push({ status: WAITING_FOR_YOU, at: iso(updatedAt) });
    comments.push(supportComment('Could you send a screenshot of what you see?'));

    return { history, comments, acceptsComments: true };
  }

  const closed = roll >= 0.85;
  const status = closed ? { category: 'resolved' as const, label: 'Closed' } : RESOLVED;

  history.push({ status, at: iso(updatedAt) });
  comments.push(supportComment('This is fixed in the latest release. Thanks for reporting it.'));

  return { history, comments, acceptsComments: !closed };
}

/**
 * Generates `count` realistic tickets for stories and benchmarks, oldest first. The output
 * depends only on the options, so a seed and a fixed `now` reproduce it exactly.
 */
export function createDemoTickets(
  count: number,
  options: DemoTicketOptions = {},
): MemoryTicketSeed[] {
  const random = createRandom(options.seed ?? 1);
  const reporter = options.reporter ?? DEFAULT_CURRENT_USER;
  const otherReporters = options.otherReporters ?? DEFAULT_OTHER_REPORTERS;
  const otherShare = options.otherReporterShare ?? 0;
  const categories = options.categories ?? DEFAULT_CATEGORIES;
  const end = (options.now ?? new Date()).getTime();
  const span = (options.spanDays ?? 365) * DAY;
  const creationTimes = Array.from({ length: count }, () => end - Math.floor(random() * span));

  creationTimes.sort((a, b) => a - b);

  return creationTimes.map((createdAt, index) => {
    const type = pick(random, TICKET_TYPES);
    const subject = pick(random, SUBJECTS);
    const title = pick(random, TITLE_PATTERNS[type]).replace('{subject}', subject);
    const category = pick(random, categories);
    const owner = random() < otherShare ? pick(random, otherReporters) : reporter;
    const updatedAt = Math.min(end, createdAt + Math.floor(random() * 14 * DAY));
    const activity = buildActivity(random, createdAt, updatedAt, index + 1);
    const seed: MemoryTicketSeed = {
      title,
      type,
      categoryId: category.id,
      description: `${title}. Several people on our team see this, in Chrome and in Firefox.`,
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
      reporter: { ...owner },
      statusHistory: activity.history,
      comments: activity.comments,
      acceptsComments: activity.acceptsComments,
    };

    if (category.other) {
      seed.otherCategory = subject;
    }

    return seed;
  });
}
