import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryTicketClient,
  type MemoryTicketClient,
  type MemoryTicketClientOptions,
  type MemoryTicketSeed,
} from '../src/client/memory';
import { MyTickets, type MyTicketsProps } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const colleague = { name: 'Riley Chen', email: 'riley.chen@example.com' };

const seeds: MemoryTicketSeed[] = [
  {
    id: 't-export',
    key: 'HELP-1',
    title: 'Export to CSV fails',
    type: 'bug',
    categoryId: 'reports',
    description: 'Clicking Export shows an error.\nIt started on Monday.',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
  },
  {
    id: 't-sso',
    key: 'HELP-2',
    title: 'Set up single sign-on',
    type: 'service-request',
    categoryId: 'user-management',
    createdAt: '2026-11-03T09:00:00Z',
    status: { category: 'waiting-for-user', label: 'Waiting for you' },
    comments: [
      {
        id: 'c-1',
        body: 'Which identity provider do you use?',
        author: { name: 'Jordan Lee' },
        fromSupport: true,
        createdAt: '2026-11-03T10:00:00Z',
        attachments: [],
      },
      {
        id: 'c-2',
        body: 'We use Okta.',
        author: me,
        fromSupport: false,
        createdAt: '2026-11-03T11:00:00Z',
        attachments: [],
      },
    ],
  },
  {
    id: 't-colleague',
    key: 'HELP-3',
    title: 'Colleague’s private ticket',
    reporter: colleague,
    createdAt: '2026-11-04T09:00:00Z',
  },
];

function createClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    currentUser: me,
    tickets: seeds,
    supportActivity: false,
    ...options,
  });
}

function renderMyTickets(props: Partial<MyTicketsProps> & { client?: MemoryTicketClient } = {}) {
  const client = props.client ?? createClient();
  const user = userEvent.setup();

  render(<MyTickets client={client} role="admin" {...props} />);

  return { client, user };
}

async function findRows() {
  const list = await screen.findByRole('list', { name: 'My tickets' });

  return within(list).getAllByRole('button');
}

async function openTicket(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(title) }));

  return screen.findByRole('heading', { level: 2, name: title });
}

describe('<MyTickets />', () => {
  describe('list', () => {
    it('lists only the tickets the user created', async () => {
      renderMyTickets();

      const rows = await findRows();

      expect(rows).toHaveLength(2);
      expect(screen.getByText('Set up single sign-on')).toBeInTheDocument();
      expect(screen.getByText('Export to CSV fails')).toBeInTheDocument();
      expect(screen.queryByText('Colleague’s private ticket')).not.toBeInTheDocument();
      expect(screen.getByText(/created by other people in your organization/)).toBeVisible();
    });

    it('shows the fields of each row', async () => {
      renderMyTickets({ locale: 'en-US' });

      const [first] = await findRows();
      const row = within(first as HTMLElement);

      expect(row.getByText('HELP-2')).toBeInTheDocument();
      expect(row.getByText('Service request')).toBeInTheDocument();
      expect(row.getByText('User management')).toBeInTheDocument();
      expect(row.getByText('Waiting for you')).toBeInTheDocument();

      const time = (first as HTMLElement).querySelector('time');

      expect(time).toHaveAttribute('datetime', '2026-11-03T11:00:00.000Z');
      expect(time).toHaveAttribute('title', expect.stringContaining('2026'));
    });

    it('shows a new ticket after refresh', async () => {
      const { client, user } = renderMyTickets();

      await findRows();
      await client.createTicket(
        {
          type: 'feature',
          title: 'Dark mode for reports',
          categoryId: 'reports',
          description: 'Please add it.',
          attachments: [],
        },
        { idempotencyKey: 'new-ticket' },
      );
      await user.click(screen.getByRole('button', { name: 'Refresh' }));

      expect(await screen.findByText('Dark mode for reports')).toBeInTheDocument();
      expect(await findRows()).toHaveLength(3);
    });

    it('offers Retry when the list fails', async () => {
      const client = createClient({
        failures: { listMyTickets: { error: 'unavailable', times: 1 } },
      });
      const { user } = renderMyTickets({ client });

      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent('Your tickets could not be loaded.');
      expect(alert).toHaveTextContent('unavailable right now');

      await user.click(within(alert).getByRole('button', { name: 'Retry' }));

      expect(await findRows()).toHaveLength(2);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('loads more tickets with the next cursor', async () => {
      const { user } = renderMyTickets({ pageSize: 1 });

      expect(await findRows()).toHaveLength(1);

      await user.click(screen.getByRole('button', { name: 'Load more' }));

      await waitFor(async () => expect(await findRows()).toHaveLength(2));
      expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    });
  });

  describe('prop: role', () => {
    it('offers an admin with no tickets a way to create one', async () => {
      const onCreateTicket = vi.fn();
      const { user } = renderMyTickets({ client: createClient({ tickets: [] }), onCreateTicket });

      expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Create a ticket' }));
      expect(onCreateTicket).toHaveBeenCalledTimes(1);
    });

    it('tells a member with no tickets that only admins create them', async () => {
      renderMyTickets({
        client: createClient({ tickets: [] }),
        role: 'member',
        onCreateTicket: vi.fn(),
      });

      expect(await screen.findByText(/Only admins and account admins can create/)).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Create a ticket' })).not.toBeInTheDocument();
    });
  });

  describe('detail', () => {
    it('opens a ticket with its comments in order', async () => {
      const { user } = renderMyTickets();

      await openTicket(user, 'Set up single sign-on');

      const thread = screen.getByRole('region', { name: 'Comments' });
      const comments = within(thread).getAllByRole('article');

      expect(comments).toHaveLength(2);
      expect(comments[0]).toHaveTextContent('Which identity provider do you use?');
      expect(within(comments[0] as HTMLElement).getByText('Support team')).toBeInTheDocument();
      expect(comments[1]).toHaveTextContent('We use Okta.');
      expect(within(comments[1] as HTMLElement).queryByText('Support team')).toBeNull();
      expect(screen.getByRole('list', { name: 'My tickets', hidden: true })).not.toBeVisible();
    });

    it('keeps line breaks of the description as text', async () => {
      const { user } = renderMyTickets();

      await openTicket(user, 'Export to CSV fails');

      const description = screen.getByRole('region', { name: 'Description' });

      expect(description.querySelector('p')?.textContent).toBe(
        'Clicking Export shows an error.\nIt started on Monday.',
      );
    });

    it('returns to the list with the back button', async () => {
      const onTicketIdChange = vi.fn();
      const { user } = renderMyTickets({ onTicketIdChange });

      await openTicket(user, 'Export to CSV fails');
      expect(onTicketIdChange).toHaveBeenLastCalledWith('t-export');

      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      expect(onTicketIdChange).toHaveBeenLastCalledWith(null);
      expect(screen.getByRole('list', { name: 'My tickets' })).toBeVisible();
      expect(screen.getByRole('button', { name: /Export to CSV fails/ })).toHaveFocus();
    });

    it('adds a comment to the thread and clears the box', async () => {
      const { client, user } = renderMyTickets();

      await openTicket(user, 'Export to CSV fails');
      await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'It works again now.');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      const thread = screen.getByRole('region', { name: 'Comments' });

      expect(await within(thread).findByText('It works again now.')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('');

      const stored = await client.getTicket('t-export');

      expect(stored.comments.map((comment) => comment.body)).toEqual(['It works again now.']);
    });

    it('keeps the reply and offers Retry when sending fails', async () => {
      const client = createClient({ failures: { addComment: { error: 'network', times: 1 } } });
      const { user } = renderMyTickets({ client });

      await openTicket(user, 'Export to CSV fails');
      await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'Any news?');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent('Your reply was not sent.');
      expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('Any news?');

      await user.click(within(alert).getByRole('button', { name: 'Retry' }));

      expect(await screen.findByText('Any news?', { selector: 'p' })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('');
    });

    it('requires a reply before sending', async () => {
      const { client, user } = renderMyTickets();
      const addComment = vi.spyOn(client, 'addComment');

      await openTicket(user, 'Export to CSV fails');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      expect(screen.getByText('Reply is required')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(addComment).not.toHaveBeenCalled();
    });

    it('adds a normalized participant e-mail', async () => {
      const { client, user } = renderMyTickets();

      await openTicket(user, 'Export to CSV fails');

      const field = screen.getByRole('textbox', { name: 'Colleague’s e-mail' });

      await user.type(field, '  Sam.Park@Example.com ');
      await user.click(screen.getByRole('button', { name: 'Add' }));

      const panel = screen.getByRole('region', { name: 'Participants' });

      expect(await within(panel).findByText('sam.park@example.com')).toBeInTheDocument();
      expect(field).toHaveValue('');
      expect((await client.getTicket('t-export')).participants).toEqual([
        { email: 'sam.park@example.com' },
      ]);
    });

    it('shows the backend e-mail error', async () => {
      const client = createClient({
        validateParticipant: () => 'This person has no support account',
      });
      const { user } = renderMyTickets({ client });

      await openTicket(user, 'Export to CSV fails');

      const field = screen.getByRole('textbox', { name: 'Colleague’s e-mail' });

      await user.type(field, 'sam.park@example.com');
      await user.click(screen.getByRole('button', { name: 'Add' }));

      expect(await screen.findByText('This person has no support account')).toBeInTheDocument();
      expect(field).toHaveValue('sam.park@example.com');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(/This person has no support account/);
    });

    it('explains a missing ticket', async () => {
      renderMyTickets({ defaultTicketId: 'missing' });

      expect(await screen.findByRole('alert')).toHaveTextContent(/does not exist/);
      expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    });
  });
});
