import type { Person, TicketComment } from '../types';
import { IN_REVIEW, RESOLVED, WAITING_FOR_SUPPORT, WAITING_FOR_YOU } from './defaults';
import type { MemoryTicketSeed } from './types';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Support agent who replies on the sample tickets. */
const SAMPLE_AGENT: Person = { name: 'Jordan Lee', email: 'jordan.lee@support.example.com' };

/** Colleague of the demo user who files tickets the demo user must not see. */
export const SAMPLE_OTHER_REPORTER: Person = {
  name: 'Sam Rivera',
  email: 'sam.rivera@example.com',
};

/**
 * Returns the hand-written tickets of the default demo, dated relative to `now`. The current user
 * has one ticket in review, one waiting for the user, one waiting for support, one closed to
 * replies and one resolved. A sixth ticket, filed by a colleague, must stay hidden from them.
 */
export function createSampleTickets(now: Date): MemoryTicketSeed[] {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const comment = (id: string, author: Person, body: string, msAgo: number): TicketComment => ({
    id,
    body,
    author: { ...author },
    fromSupport: author === SAMPLE_AGENT,
    createdAt: at(msAgo),
    attachments: [],
  });

  return [
    {
      title: 'Salesforce sync stops after the nightly token refresh',
      type: 'bug',
      categoryId: 'integrations',
      description: 'Since last Monday the sync stops at 02:00 and only resumes after reconnecting.',
      createdAt: at(30 * DAY),
      statusHistory: [
        { status: WAITING_FOR_SUPPORT, at: at(30 * DAY) },
        { status: IN_REVIEW, at: at(29 * DAY) },
        { status: RESOLVED, at: at(21 * DAY) },
      ],
      comments: [
        comment(
          'sample-comment-1',
          SAMPLE_AGENT,
          'We fixed the token refresh in release 4.12. The sync should run again tonight.',
          21 * DAY,
        ),
      ],
    },
    {
      title: 'Invoice for March shows our old billing address',
      type: 'service-request',
      categoryId: 'billing',
      description: 'We moved offices in February. Please reissue the March invoice.',
      createdAt: at(45 * DAY),
      statusHistory: [
        { status: WAITING_FOR_SUPPORT, at: at(45 * DAY) },
        { status: { category: 'resolved', label: 'Closed' }, at: at(40 * DAY) },
      ],
      comments: [
        comment('sample-comment-2', SAMPLE_AGENT, 'The corrected invoice is in Billing.', 40 * DAY),
      ],
      acceptsComments: false,
    },
    {
      title: 'Monthly usage report export times out',
      type: 'bug',
      categoryId: 'reports',
      description: 'Exporting the usage report for all teams fails after about a minute.',
      createdAt: at(5 * DAY),
      statusHistory: [
        { status: WAITING_FOR_SUPPORT, at: at(5 * DAY) },
        { status: IN_REVIEW, at: at(4 * DAY) },
        { status: WAITING_FOR_YOU, at: at(3 * DAY) },
      ],
      comments: [
        comment(
          'sample-comment-3',
          SAMPLE_AGENT,
          'Could you send the name of the saved report and the time of a failed export?',
          3 * DAY,
        ),
      ],
      participants: [{ email: 'casey.kim@example.com', name: 'Casey Kim' }],
    },
    {
      title: 'Map SSO groups to roles for new hires',
      type: 'feature',
      categoryId: 'user-management',
      description: 'New hires should get the member role from their identity provider group.',
      createdAt: at(2 * DAY),
    },
    {
      title: 'Revenue widget shows no data for last week',
      type: 'bug',
      categoryId: 'dashboard',
      description: 'The widget is empty for the last seven days; older ranges are fine.',
      createdAt: at(6 * HOUR),
      statusHistory: [
        { status: WAITING_FOR_SUPPORT, at: at(6 * HOUR) },
        { status: IN_REVIEW, at: at(2 * HOUR) },
      ],
    },
    {
      title: 'Contractors cannot accept their invitation',
      type: 'bug',
      categoryId: 'user-management',
      description: 'The invitation link shows "expired" although it was sent an hour ago.',
      createdAt: at(1 * DAY),
      reporter: SAMPLE_OTHER_REPORTER,
      comments: [
        comment('sample-comment-4', SAMPLE_OTHER_REPORTER, 'New links expire too.', 20 * HOUR),
      ],
    },
  ];
}
