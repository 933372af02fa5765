import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryTicketClient,
  type MemoryTicketClient,
  type MemoryTicketClientOptions,
  type MemoryTicketSeed,
} from '../src/client/memory';
import type { TicketDetail } from '../src/client/types';
import { MyTickets, type MyTicketsProps } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const hostile = '<img src=x onerror="window.__xss=1">';

const ticket: MemoryTicketSeed = {
  id: 't1',
  key: 'HELP-7',
  title: 'Report totals are wrong',
  type: 'bug',
  categoryId: 'reports',
  description:
    'Totals differ, see https://status.example.com/incidents/42 (today).\n' +
    'Write to mailto:ops@example.com or visit javascript:alert(1) or ftp://files.example.com.',
  createdAt: '2026-11-01T09:00:00.000Z',
  statusHistory: [
    { status: { category: 'open', label: 'Waiting for support' }, at: '2026-11-01T09:00:00.000Z' },
    { status: { category: 'open', label: 'In review' }, at: '2026-11-02T09:00:00.000Z' },
    { status: { category: 'open', label: 'Escalated' }, at: '2026-11-03T09:00:00.000Z' },
  ],
  attachments: [
    {
      id: 'a1',
      name: 'totals.png',
      size: 2048,
      type: 'image/png',
      url: 'https://files.example.com/totals.png',
    },
    { id: 'a2', name: 'script.html', size: 10, type: 'text/html', url: 'javascript:alert(1)' },
  ],
  participants: [{ email: 'casey.kim@example.com', name: 'Casey Kim' }],
};

function createClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    currentUser: me,
    tickets: [ticket],
    supportActivity: false,
    ...options,
  });
}

async function renderTicket(props: Partial<MyTicketsProps> & { client?: MemoryTicketClient } = {}) {
  const client = props.client ?? createClient();
  const user = userEvent.setup();
  const view = render(
    <MyTickets client={client} role="admin" locale="en-US" defaultTicketId="t1" {...props} />,
  );

  await screen.findByRole('heading', { level: 2 });

  return { client, user, ...view };
}

function replyBox() {
  return screen.getByRole('textbox', { name: 'Reply' });
}

function emailField() {
  return screen.getByRole('textbox', { name: 'Colleague’s e-mail' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('<MyTickets /> detail', () => {
  describe('content', () => {
    it('never interprets ticket text as HTML', async () => {
      const client = createClient({
        tickets: [
          {
            ...ticket,
            title: `Title ${hostile}`,
            description: `Body ${hostile}`,
            attachments: [
              { id: 'a1', name: hostile, size: 1, type: '', url: 'https://x.example/a' },
            ],
            comments: [
              {
                id: 'c1',
                body: `Comment ${hostile}`,
                author: { name: hostile },
                fromSupport: true,
                createdAt: '2026-11-02T09:00:00.000Z',
                attachments: [],
              },
            ],
          },
        ],
      });
      const { container } = await renderTicket({ client });

      expect(container.querySelector('img')).toBeNull();
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`Title ${hostile}`);
      expect(screen.getByText(`Body ${hostile}`)).toBeInTheDocument();
      expect(screen.getByText(`Comment ${hostile}`)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: new RegExp(`^${hostile}`) })).toBeInTheDocument();
      expect((window as { __xss?: number }).__xss).toBeUndefined();
    });

    it('links only http, https and mailto addresses in text', async () => {
      await renderTicket();

      const description = screen.getByRole('region', { name: 'Description' });
      const links = within(description.querySelector('p') as HTMLElement).getAllByRole('link');

      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        'https://status.example.com/incidents/42',
        'mailto:ops@example.com',
      ]);
      expect(links[0]).toHaveAttribute('target', '_blank');
      expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
      expect(description).toHaveTextContent('javascript:alert(1) or ftp://files.example.com.');
    });

    it('lists attachments with size and type, linking only safe addresses', async () => {
      await renderTicket();

      const files = screen.getByRole('list', { name: 'Attachments' });
      const [image, script] = within(files).getAllByRole('listitem');
      const link = within(image as HTMLElement).getByRole('link', { name: /totals\.png/ });

      expect(link).toHaveAttribute('href', 'https://files.example.com/totals.png');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(image).toHaveTextContent('2 kB · image/png');
      expect(within(script as HTMLElement).queryByRole('link')).toBeNull();
      expect(script).toHaveTextContent('script.html');
    });

    it('shows the status label, category, review note and history', async () => {
      await renderTicket();

      const header = screen.getByRole('heading', { level: 2 }).parentElement as HTMLElement;

      expect(within(header).getByText('Escalated')).toBeInTheDocument();
      expect(within(header).getByText('Open')).toBeInTheDocument();
      expect(screen.getByText(/customer success manager reviews your ticket first/)).toBeVisible();

      const history = screen.getByRole('region', { name: 'Status' }).querySelector('ol');
      const entries = within(history as HTMLElement).getAllByRole('listitem');

      expect(entries.map((entry) => entry.firstChild?.textContent)).toEqual([
        'Waiting for support',
        'In review',
        'Escalated',
      ]);
      expect(entries[2]).toHaveAttribute('data-current');
    });
  });

  describe('reply', () => {
    it('counts characters against the comment limit', async () => {
      const client = createClient({ limits: { commentMaxLength: 10 } });
      const addComment = vi.spyOn(client, 'addComment');
      const { user } = await renderTicket({ client });

      await screen.findByText('0 of 10 characters');
      await user.type(replyBox(), 'Twelve chars');

      expect(screen.getByText('12 of 10 characters')).toBeInTheDocument();
      expect(screen.getByText('Reply must be 10 characters or fewer')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      expect(addComment).not.toHaveBeenCalled();
    });

    it.each([['{Control>}{Enter}{/Control}'], ['{Meta>}{Enter}{/Meta}']])(
      'sends with %s',
      async (keys) => {
        const { user } = await renderTicket();

        await user.type(replyBox(), 'Shortcut reply');
        await user.keyboard(keys);

        const thread = screen.getByRole('region', { name: 'Comments' });

        expect(await within(thread).findByText('Shortcut reply')).toBeInTheDocument();
      },
    );

    it('sends one comment on a double click', async () => {
      const client = createClient({ latency: 50 });
      const addComment = vi.spyOn(client, 'addComment');
      const { user } = await renderTicket({ client });

      await user.type(replyBox(), 'Only once');
      await user.dblClick(screen.getByRole('button', { name: 'Send reply' }));

      await waitFor(() => expect(replyBox()).toHaveValue(''));
      expect(addComment).toHaveBeenCalledTimes(1);
      expect((await client.getTicket('t1')).comments).toHaveLength(1);
    });

    it('posts once when Retry follows a lost response', async () => {
      const client = createClient({
        failures: { addComment: { error: 'network', times: 1, phase: 'response' } },
      });
      const addComment = vi.spyOn(client, 'addComment');
      const { user } = await renderTicket({ client });

      await user.type(replyBox(), 'Did this arrive?');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));
      await user.click(
        within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }),
      );

      const thread = screen.getByRole('region', { name: 'Comments' });

      expect(await within(thread).findByText('Did this arrive?')).toBeInTheDocument();
      expect(replyBox()).toHaveValue('');
      expect(addComment).toHaveBeenCalledTimes(1);
      expect((await client.getTicket('t1')).comments).toHaveLength(1);
    });

    it('says when the ticket takes no more replies', async () => {
      await renderTicket({
        client: createClient({ tickets: [{ ...ticket, acceptsComments: false }] }),
      });

      expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
      expect(screen.getByText(/This ticket takes no more replies/)).toBeVisible();
    });
  });

  describe('participants', () => {
    it.each([
      ['not-an-address', 'E-mail address is invalid. Use the form name@example.com'],
      ['Alex.Morgan@Example.com', 'You already get updates on your own ticket'],
      ['CASEY.KIM@example.com', 'casey.kim@example.com is already a participant'],
    ])('rejects %j before asking the backend', async (email, message) => {
      const client = createClient();
      const addParticipant = vi.spyOn(client, 'addParticipant');
      const { user } = await renderTicket({ client });

      await user.type(emailField(), email);
      await user.click(screen.getByRole('button', { name: 'Add' }));

      expect(screen.getByText(message)).toBeInTheDocument();
      expect(emailField()).toHaveValue(email);
      expect(addParticipant).not.toHaveBeenCalled();
    });

    it('requires an address', async () => {
      const client = createClient();
      const addParticipant = vi.spyOn(client, 'addParticipant');
      const { user } = await renderTicket({ client });

      await user.click(screen.getByRole('button', { name: 'Add' }));

      expect(screen.getByText('E-mail address is required')).toBeInTheDocument();
      expect(emailField()).toHaveAttribute('aria-invalid', 'true');
      expect(addParticipant).not.toHaveBeenCalled();
    });

    it('keeps the address when the backend fails', async () => {
      const client = createClient({ failures: { addParticipant: 'unavailable' } });
      const { user } = await renderTicket({ client });

      await user.type(emailField(), 'dana.fox@example.com');
      await user.click(screen.getByRole('button', { name: 'Add' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The participant could not be added.',
      );
      expect(emailField()).toHaveValue('dana.fox@example.com');
    });

    it('removes a participant', async () => {
      const { client, user } = await renderTicket();

      await user.click(screen.getByRole('button', { name: 'Remove Casey Kim' }));

      expect(await screen.findByText('No participants yet.')).toBeInTheDocument();
      expect((await client.getTicket('t1')).participants).toEqual([]);
    });

    it('offers no remove button when the client cannot remove', async () => {
      const client = createClient();

      Object.assign(client, { removeParticipant: undefined });
      await renderTicket({ client });

      expect(screen.getByText('Casey Kim')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    });
  });

  describe('errors', () => {
    it('explains a forbidden ticket without Retry', async () => {
      render(
        <MyTickets
          client={createClient({ failures: { getTicket: 'forbidden' } })}
          role="admin"
          defaultTicketId="t1"
        />,
      );

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'You do not have permission to see this ticket.',
      );
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    });

    it('offers Retry when loading fails', async () => {
      const user = userEvent.setup();

      render(
        <MyTickets
          client={createClient({ failures: { getTicket: { error: 'network', times: 1 } } })}
          role="admin"
          defaultTicketId="t1"
        />,
      );

      await user.click(await screen.findByRole('button', { name: 'Retry' }));

      expect(
        await screen.findByRole('heading', { level: 2, name: 'Report totals are wrong' }),
      ).toBeInTheDocument();
    });
  });

  describe('staying current', () => {
    it('updates an open ticket in place and keeps the draft', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });

      const { client, user } = await renderTicket({ pollInterval: 5000 });

      await user.type(replyBox(), 'Half-written answer');
      client.simulateSupportReply('t1', 'We are still looking into it.');
      await act(() => vi.advanceTimersByTimeAsync(5000));

      const thread = screen.getByRole('region', { name: 'Comments' });

      expect(await within(thread).findByText('We are still looking into it.')).toBeInTheDocument();
      expect(replyBox()).toHaveValue('Half-written answer');
      expect(screen.getByRole('heading', { level: 2 }).parentElement).toHaveTextContent(
        'Waiting for you',
      );
    });

    it('keeps a draft readable when the ticket closes', async () => {
      const { client, user } = await renderTicket();

      await user.type(replyBox(), 'One more question');
      client.setStatus('t1', { category: 'resolved', label: 'Closed' }, { acceptsComments: false });
      await user.click(screen.getByRole('button', { name: 'Refresh' }));

      expect(await screen.findByText(/closed while you were writing/)).toBeVisible();
      expect(replyBox()).toHaveValue('One more question');
      expect(replyBox()).toHaveAttribute('readonly');
      expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull();
    });

    it('reloads the ticket with Refresh', async () => {
      const { client, user } = await renderTicket();

      client.setStatus('t1', { category: 'resolved', label: 'Resolved' });
      await user.click(screen.getByRole('button', { name: 'Refresh' }));

      const header = screen.getByRole('heading', { level: 2 }).parentElement as HTMLElement;

      await waitFor(() => expect(header).toHaveTextContent('Resolved'));
    });

    it('never lets a slow older load hide a newer reply', async () => {
      const client = createClient();
      const original = client.getTicket.bind(client);
      let releaseReload: () => void = () => {};
      let calls = 0;

      // A backend that ignores the abort signal and returns the reload late, with old data.
      client.getTicket = async (id: string): Promise<TicketDetail> => {
        calls += 1;

        const snapshot = await original(id);

        if (calls === 2) {
          await new Promise<void>((resolve) => {
            releaseReload = resolve;
          });
        }

        return snapshot;
      };

      const { user } = await renderTicket({ client });

      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await waitFor(() => expect(calls).toBe(2));
      await user.type(replyBox(), 'Newest reply');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));

      const thread = screen.getByRole('region', { name: 'Comments' });

      await within(thread).findByText('Newest reply');
      releaseReload();
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(within(thread).getByText('Newest reply')).toBeInTheDocument();
    });

    it('aborts the ticket request on unmount', async () => {
      const client = createClient({ latency: 10_000 });
      const signals: AbortSignal[] = [];
      const original = client.getTicket.bind(client);

      client.getTicket = (id, options) => {
        if (options?.signal) {
          signals.push(options.signal);
        }

        return original(id, options);
      };

      const { unmount } = render(<MyTickets client={client} role="admin" defaultTicketId="t1" />);

      await waitFor(() => expect(signals).toHaveLength(1));
      unmount();

      expect(signals[0]?.aborted).toBe(true);
    });
  });
});
