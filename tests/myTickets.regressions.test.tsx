import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryTicketClient,
  type MemoryTicketClientOptions,
  type MemoryTicketSeed,
} from '../src/client/memory';
import type { TicketClient, TicketDetail, TicketPage } from '../src/client/types';
import { MyTickets } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };

const seed: MemoryTicketSeed = {
  id: 't1',
  key: 'HELP-7',
  title: 'Report totals are wrong',
  description: 'Totals differ',
  createdAt: '2026-11-01T09:00:00.000Z',
  participants: [{ email: 'casey.kim@example.com', name: 'Casey Kim' }],
};

function createClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    currentUser: me,
    tickets: [seed],
    supportActivity: false,
    ...options,
  });
}

/** Stands for the host app: it shows "Host app crashed" when an error escapes `MyTickets`. */
class HostBoundary extends Component<{ children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError() {
    return { crashed: true };
  }

  override render() {
    return this.state.crashed ? <p>Host app crashed</p> : this.props.children;
  }
}

function renderInHost(client: TicketClient, ticketId: string | null = null) {
  const user = userEvent.setup();
  const view = render(
    <HostBoundary>
      <nav>Host navigation</nav>
      <MyTickets client={client} role="admin" locale="en-US" defaultTicketId={ticketId} />
    </HostBoundary>,
  );

  return { user, ...view };
}

/** Silences the errors React and the error boundary log for a render error that a test causes. */
function silenceRenderErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

/** A value React cannot render as a child, so rendering it throws whatever the component reads. */
const unrenderable = { text: 'not a string' } as unknown as string;

function rows() {
  return within(screen.getByRole('list', { name: 'My tickets' })).getAllByRole('button');
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<MyTickets /> regressions', () => {
  describe('malformed client data', () => {
    it('shows a ticket whose comments are null', async () => {
      silenceRenderErrors();

      const base = createClient();
      const client: TicketClient = {
        ...base,
        getTicket: async (id, options) => ({
          ...(await base.getTicket(id, options)),
          comments: null as unknown as TicketDetail['comments'],
        }),
      };

      renderInHost(client, 't1');

      expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(seed.title);
      expect(screen.getByText('No comments yet. The support team replies here.')).toBeVisible();
      expect(screen.queryByText('Host app crashed')).toBeNull();
    });

    it('shows a list row without a category', async () => {
      silenceRenderErrors();

      const base = createClient();
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) => {
          const page = await base.listMyTickets(query, options);

          return {
            ...page,
            tickets: page.tickets.map((ticket) => ({ ...ticket, category: undefined })),
          } as unknown as TicketPage;
        },
      };

      renderInHost(client);

      expect(await screen.findByText(seed.title)).toBeVisible();
      expect(screen.queryByText('Host app crashed')).toBeNull();
    });

    it('shows an invalid updatedAt as it is', async () => {
      const base = createClient();
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) => {
          const page = await base.listMyTickets(query, options);

          return {
            ...page,
            tickets: page.tickets.map((ticket) => ({ ...ticket, updatedAt: 'yesterday' })),
          };
        },
      };

      renderInHost(client);

      await screen.findByText(seed.title);
      expect(within(rows()[0]!).getByText('yesterday')).toBeVisible();
    });

    it('contains a list render error', async () => {
      silenceRenderErrors();

      const base = createClient();
      let broken = true;
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) => {
          const page = await base.listMyTickets(query, options);

          return broken
            ? {
                ...page,
                tickets: page.tickets.map((ticket) => ({ ...ticket, title: unrenderable })),
              }
            : page;
        },
      };
      const { user } = renderInHost(client);
      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent('Your tickets could not be shown.');
      expect(screen.getByText('Host navigation')).toBeVisible();
      expect(screen.queryByText('Host app crashed')).toBeNull();

      broken = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));

      expect(await screen.findByText(seed.title)).toBeVisible();
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('shows a list render error only on the list', async () => {
      const errors = silenceRenderErrors();
      const base = createClient();
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) => {
          const page = await base.listMyTickets(query, options);

          return {
            ...page,
            tickets: page.tickets.map((ticket) => ({ ...ticket, title: unrenderable })),
          };
        },
      };
      const { user } = renderInHost(client, 't1');

      await screen.findByRole('heading', { level: 2, name: seed.title });
      // The list behind the ticket has failed once the error boundary has logged the error.
      await waitFor(() => expect(errors).toHaveBeenCalled());
      expect(screen.queryByRole('alert')).toBeNull();

      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Your tickets could not be shown.',
      );
    });

    it('contains a ticket render error', async () => {
      silenceRenderErrors();

      const base = createClient();
      let broken = true;
      const client: TicketClient = {
        ...base,
        getTicket: async (id, options) => {
          const ticket = await base.getTicket(id, options);

          return broken ? { ...ticket, title: unrenderable } : ticket;
        },
      };
      const { user } = renderInHost(client, 't1');
      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent('This ticket could not be shown.');
      expect(screen.queryByText('Host app crashed')).toBeNull();

      broken = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));

      expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(seed.title);

      broken = true;
      await user.click(screen.getByRole('button', { name: 'Refresh' }));

      const secondAlert = await screen.findByRole('alert');

      await user.click(within(secondAlert).getByRole('button', { name: /Back to my tickets/ }));

      expect(await screen.findByRole('heading', { level: 2, name: 'My tickets' })).toBeVisible();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });

  describe('attachment names', () => {
    const bidiName = 'invoice\u202Egpj.exe';
    const file = { size: 10, type: '', url: 'https://files.example.com/a1' };

    it('escapes bidi controls in ticket files', async () => {
      const client = createClient({
        tickets: [{ ...seed, attachments: [{ ...file, id: 'a1', name: bidiName }] }],
      });

      renderInHost(client, 't1');

      const files = await screen.findByRole('list', { name: 'Attachments' });
      const link = within(files).getByRole('link');

      expect(link.textContent).not.toContain('\u202E');
      expect(link).toHaveTextContent('invoice[U+202E]gpj.exe');
      expect(link.querySelector('bdi')).not.toBeNull();
    });

    it('escapes bidi controls in comment files', async () => {
      const client = createClient({
        tickets: [
          {
            ...seed,
            comments: [
              {
                id: 'c1',
                body: 'Here is the invoice',
                author: { name: 'Jordan Lee' },
                fromSupport: true,
                createdAt: '2026-11-02T09:00:00.000Z',
                attachments: [{ ...file, id: 'a2', name: bidiName }],
              },
            ],
          },
        ],
      });

      renderInHost(client, 't1');

      const thread = await screen.findByRole('region', { name: 'Comments' });
      const link = within(thread).getByRole('link', { name: /invoice/ });

      expect(link.textContent).not.toContain('\u202E');
      expect(link).toHaveTextContent('invoice[U+202E]gpj.exe');
    });
  });

  describe('reply', () => {
    it('counts the limit on trimmed text', async () => {
      const client = createClient({ limits: { commentMaxLength: 5 } });
      const { user } = renderInHost(client, 't1');

      await screen.findByText('0 of 5 characters');
      await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'hello{Enter}{Enter}');

      expect(screen.getByText('5 of 5 characters')).toBeVisible();
      expect(screen.queryByText('Reply must be 5 characters or fewer')).toBeNull();
    });

    it('sends the trimmed text', async () => {
      const client = createClient();
      const addComment = vi.spyOn(client, 'addComment');
      const { user } = renderInHost(client, 't1');

      await user.type(await screen.findByRole('textbox', { name: 'Reply' }), '   hello   ');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      await waitFor(() => expect(addComment).toHaveBeenCalledTimes(1));
      expect(addComment.mock.calls[0]?.[1].body).toBe('hello');
    });
  });

  describe('after a change', () => {
    it('reloads the ticket after a reply', async () => {
      const client = createClient({
        tickets: [{ ...seed, status: { category: 'waiting-for-user', label: 'Waiting for you' } }],
      });
      const getTicket = client.getTicket.bind(client);
      let releaseReload: () => void = () => undefined;

      // The reload after the reply waits, so the user can start a new draft meanwhile.
      client.getTicket = async (id, options) => {
        const ticket = await getTicket(id, options);

        if (ticket.comments.length > 0) {
          await new Promise<void>((resolve) => {
            releaseReload = resolve;
          });
        }

        return ticket;
      };

      const { user } = renderInHost(client, 't1');
      const header = (await screen.findByRole('heading', { level: 2 })).closest('header')!;
      const box = screen.getByRole('textbox', { name: 'Reply' });

      expect(header).toHaveTextContent('Waiting for you');

      await user.type(box, 'It still fails');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));
      await screen.findByText('Reply sent.');
      await user.type(box, 'One more detail');
      act(() => releaseReload());

      await waitFor(() => expect(header).toHaveTextContent('Waiting for support'));
      expect(screen.queryByText('Loading the ticket…')).toBeNull();
      expect(box).toHaveValue('One more detail');
    });

    it('reloads the ticket after adding a participant', async () => {
      const client = createClient();
      const { user } = renderInHost(client, 't1');
      const field = await screen.findByRole('textbox', { name: 'Colleague’s e-mail' });

      client.simulateSupportReply('t1', 'We are looking into it.');
      await user.type(field, 'dana.fox@example.com');
      await user.click(screen.getByRole('button', { name: 'Add' }));

      const thread = screen.getByRole('region', { name: 'Comments' });

      expect(await within(thread).findByText('We are looking into it.')).toBeVisible();
    });
  });

  describe('participants', () => {
    it('moves focus on from a removed participant', async () => {
      const client = createClient({
        tickets: [
          {
            ...seed,
            participants: [
              { email: 'casey.kim@example.com', name: 'Casey Kim' },
              { email: 'dana.fox@example.com', name: 'Dana Fox' },
            ],
          },
        ],
      });
      const { user } = renderInHost(client, 't1');
      const panel = await screen.findByRole('region', { name: 'Participants' });

      await user.click(within(panel).getByRole('button', { name: 'Remove Casey Kim' }));
      await waitFor(() =>
        expect(within(panel).getByRole('button', { name: 'Remove Dana Fox' })).toHaveFocus(),
      );

      await user.keyboard('{Enter}');
      await waitFor(() =>
        expect(within(panel).getByRole('textbox', { name: 'Colleague’s e-mail' })).toHaveFocus(),
      );
    });
  });

  describe('relative times', () => {
    it('update while the list is shown', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });

      const updatedAt = new Date(Date.now() - 5_000).toISOString();
      const client = createClient({ tickets: [{ ...seed, createdAt: updatedAt, updatedAt }] });

      renderInHost(client);
      await screen.findByText(seed.title);

      const time = within(rows()[0]!).getByText(/seconds? ago/);

      expect(time).toHaveTextContent(/^\d seconds ago$/);

      await act(() => vi.advanceTimersByTimeAsync(30_000));

      expect(time).toHaveTextContent(/^3\d seconds ago$/);
    });
  });

  describe('React keys', () => {
    it('logs nothing for repeated participants', async () => {
      const errors = vi.spyOn(console, 'error');
      const client = createClient({
        tickets: [
          {
            ...seed,
            participants: [{ email: 'casey@example.com' }, { email: 'casey@example.com' }],
          },
        ],
      });

      renderInHost(client, 't1');

      const panel = await screen.findByRole('region', { name: 'Participants' });

      expect(within(panel).getAllByText('casey@example.com')).toHaveLength(2);
      expect(errors).not.toHaveBeenCalled();
    });

    it('logs nothing for repeated comments and files', async () => {
      const errors = vi.spyOn(console, 'error');
      const attachment = { id: 'a1', name: 'log.txt', size: 10, type: 'text/plain', url: '' };
      const comment = {
        id: 'c1',
        body: 'Same reply',
        author: { name: 'Jordan Lee' },
        fromSupport: true,
        createdAt: '2026-11-02T09:00:00.000Z',
        attachments: [attachment, attachment],
      };
      const base = createClient();
      const client: TicketClient = {
        ...base,
        getTicket: async (id, options) => ({
          ...(await base.getTicket(id, options)),
          attachments: [attachment, attachment],
          comments: [comment, comment],
        }),
      };

      renderInHost(client, 't1');

      const thread = await screen.findByRole('region', { name: 'Comments' });

      expect(within(thread).getAllByText('Same reply')).toHaveLength(2);
      expect(errors).not.toHaveBeenCalled();
    });
  });
});
