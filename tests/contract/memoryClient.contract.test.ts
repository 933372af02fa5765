// @vitest-environment jsdom
import { createMemoryTicketClient } from '../../src/client/memory';
import { describeTicketClientContract } from './ticketClientContract';

const CURRENT_USER = { name: 'Robin Admin', email: 'Robin.Admin@Example.com' };
const OTHER_USER = { name: 'Sam Rivera', email: 'sam.rivera@example.com' };

describeTicketClientContract('createMemoryTicketClient', () => {
  let time = Date.parse('2025-03-01T09:00:00.000Z');
  const client = createMemoryTicketClient({
    currentUser: CURRENT_USER,
    // Every reading of the clock is one second later, so each change gets its own timestamp.
    now: () => new Date((time += 1000)),
    supportActivity: false,
    tickets: [
      { id: 'other-user-ticket', title: 'Exports fail for Sam', reporter: OTHER_USER },
      {
        id: 'closed-ticket',
        title: 'Old billing question',
        status: { category: 'resolved', label: 'Closed' },
        acceptsComments: false,
        createdAt: '2025-01-10T10:00:00.000Z',
      },
    ],
    validateParticipant: (email) =>
      email.endsWith('@no-account.example') ? `${email} has no support account` : undefined,
  });

  return {
    client,
    currentUserEmail: CURRENT_USER.email,
    otherUsersTicketId: 'other-user-ticket',
    closedTicketId: 'closed-ticket',
    rejectedParticipantEmail: 'guest@no-account.example',
    setStatus: (ticketId, status) => {
      client.setStatus(ticketId, status);
    },
    teardown: () => client.dispose(),
  };
});
