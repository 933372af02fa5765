import { createMemoryTicketClient } from '../../src/client/memory';
import type { MemoryTicketClient, MemoryTicketSeed } from '../../src/client/memory';
import type { FeatureCategory, Person } from '../../src/client/types';

/** Signed-in user of the Acme Compliance demo. */
export const DEMO_USER = { name: 'Alex Morgan', email: 'alex.morgan@acme-demo.example' };

/** Customer success manager who replies to the demo's tickets. */
const DEMO_AGENT: Person = { name: 'Jordan Lee', email: 'jordan.lee@support.example.com' };

/** Colleague in the same organization whose ticket the demo user must not see. */
export const DEMO_COLLEAGUE: Person = { name: 'Sam Rivera', email: 'sam.rivera@acme-demo.example' };

/** Title of the colleague's ticket, so stories can check that it stays hidden. */
export const COLLEAGUE_TICKET_TITLE = 'SSO login loops back to the sign-in page';

/** Product areas of Acme Compliance, ending with the catch-all. */
const DEMO_CATEGORIES: FeatureCategory[] = [
  { id: 'controls', label: 'Controls' },
  { id: 'evidence', label: 'Evidence collection' },
  { id: 'policies', label: 'Policies' },
  { id: 'audits', label: 'Audits' },
  { id: 'integrations', label: 'Integrations' },
  { id: 'users', label: 'Users and access' },
  { id: 'other', label: 'Other', other: true },
];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function demoSeeds(now: Date): MemoryTicketSeed[] {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();

  return [
    {
      title: 'AWS evidence collection fails for the eu-west-1 account',
      type: 'bug',
      categoryId: 'evidence',
      description:
        'Since Monday the daily evidence job reports "Access denied" for our eu-west-1 account. ' +
        'The IAM role has not changed.',
      createdAt: at(2 * DAY),
      statusHistory: [
        { status: { category: 'open', label: 'Waiting for support' }, at: at(2 * DAY) },
        { status: { category: 'waiting-for-user', label: 'Waiting for you' }, at: at(20 * HOUR) },
      ],
      comments: [
        {
          id: 'demo-comment-1',
          body:
            'Thanks Alex. Could you send the role ARN the job uses? We see a trust policy ' +
            'mismatch on our side.',
          author: DEMO_AGENT,
          fromSupport: true,
          createdAt: at(20 * HOUR),
          attachments: [],
        },
      ],
    },
    {
      title: 'Add an ISO 27001 Annex A mapping to the policy library',
      type: 'feature',
      categoryId: 'policies',
      description:
        'We are adding ISO 27001 next year and would like the policies mapped to Annex A.',
      createdAt: at(9 * DAY),
      status: { category: 'open', label: 'In review' },
    },
    {
      title: 'Give our new auditor read-only access',
      type: 'service-request',
      categoryId: 'users',
      description: 'Please add audit@northwind-audit.example with the Auditor role.',
      createdAt: at(24 * DAY),
      statusHistory: [
        { status: { category: 'open', label: 'Waiting for support' }, at: at(24 * DAY) },
        { status: { category: 'resolved', label: 'Resolved' }, at: at(22 * DAY) },
      ],
    },
    {
      title: COLLEAGUE_TICKET_TITLE,
      type: 'bug',
      categoryId: 'users',
      description: 'Filed by a colleague: it must not appear in Alex Morgan’s tickets.',
      createdAt: at(3 * HOUR),
      reporter: DEMO_COLLEAGUE,
    },
  ];
}

/** Options of the demo client. */
export interface DemoClientOptions {
  /** Storage key to keep tickets under across reloads; absent keeps them in memory only. */
  persistKey?: string;
  /** Delay, in ms after creation, before the support reply; the review comes at half of it. */
  replyAfterMs?: number;
  /** Simulated network delay in ms. */
  latency?: number;
}

/** Creates the Acme Compliance demo backend: seed tickets, categories and scripted support. */
export function createDemoClient(options: DemoClientOptions = {}): MemoryTicketClient {
  const { persistKey, replyAfterMs = 8000, latency = 250 } = options;

  return createMemoryTicketClient({
    currentUser: DEMO_USER,
    categories: DEMO_CATEGORIES,
    tickets: demoSeeds(new Date()),
    latency,
    supportAgent: DEMO_AGENT,
    keyPrefix: 'ACME',
    ...(persistKey ? { persist: { key: persistKey } } : {}),
    supportActivity: {
      reviewAfterMs: replyAfterMs / 2,
      replyAfterMs,
      replyBody: (ticket) =>
        `Hi ${ticket.reporter.name.split(' ')[0] ?? ''}, this is Jordan, your customer success ` +
        `manager. I have picked up "${ticket.title}" and I am checking it with the team. Could ` +
        'you tell me since when this happens?',
    },
  });
}
