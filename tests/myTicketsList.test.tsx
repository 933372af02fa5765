import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryTicketClient,
  type MemoryTicketClient,
  type MemoryTicketClientOptions,
  type MemoryTicketSeed,
} from '../src/client/memory';
import type { TicketClient, TicketPage, TicketQuery, TicketStatus } from '../src/client/types';
import { MyTickets, useUpdatedTicketCount, type MyTicketsProps } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const lastSeenKey = 'react-support-tickets:last-seen';

/** Five tickets, one per day from Nov 1, so HELP-5 is the latest. */
const baseSeeds: Array<Pick<MemoryTicketSeed, 'id' | 'key' | 'title'> & { status: TicketStatus }> =
  [
    {
      id: 't1',
      key: 'HELP-1',
      title: 'Export fails',
      status: { category: 'open', label: 'In review' },
    },
    {
      id: 't2',
      key: 'HELP-2',
      title: 'Set up SSO',
      status: { category: 'waiting-for-user', label: 'Waiting for you' },
    },
    {
      id: 't3',
      key: 'HELP-3',
      title: 'Invoice address',
      status: { category: 'resolved', label: 'Resolved' },
    },
    {
      id: 't4',
      key: 'HELP-4',
      title: 'Export is slow',
      status: { category: 'open', label: 'Escalated' },
    },
    {
      id: 't5',
      key: 'HELP-5',
      title: 'Dark mode',
      status: { category: 'resolved', label: 'Closed' },
    },
  ];

const seeds: MemoryTicketSeed[] = baseSeeds.map((seed, index) => {
  const at = `2026-11-0${index + 1}T09:00:00.000Z`;

  return { ...seed, createdAt: at, updatedAt: at, statusHistory: [{ status: seed.status, at }] };
});

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
  const view = render(<MyTickets client={client} role="admin" locale="en-US" {...props} />);

  return { client, user, ...view };
}

async function rowKeys() {
  const list = await screen.findByRole('list', { name: 'My tickets' });

  return within(list)
    .getAllByRole('button')
    .map((row) => row.querySelector("[data-slot='my-tickets-row-key']")?.textContent);
}

/** Records every `listMyTickets` call with its query and signal. */
function spyOnList(client: TicketClient) {
  const calls: Array<{ query: TicketQuery; signal: AbortSignal | undefined }> = [];
  const original = client.listMyTickets.bind(client);

  client.listMyTickets = (query, options) => {
    calls.push({ query, signal: options?.signal });

    return original(query, options);
  };

  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('<MyTickets /> list', () => {
  it('orders tickets by latest activity', async () => {
    renderMyTickets();

    expect(await rowKeys()).toEqual(['HELP-5', 'HELP-4', 'HELP-3', 'HELP-2', 'HELP-1']);
  });

  describe('status filter', () => {
    it.each([
      ['Open', ['HELP-4', 'HELP-1']],
      ['Waiting for you', ['HELP-2']],
      ['Resolved', ['HELP-5', 'HELP-3']],
      ['All', ['HELP-5', 'HELP-4', 'HELP-3', 'HELP-2', 'HELP-1']],
    ])('shows %s tickets', async (label, keys) => {
      const { user } = renderMyTickets();

      await rowKeys();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), label);

      await waitFor(async () => expect(await rowKeys()).toEqual(keys));
    });

    it('announces how many tickets match', async () => {
      const { user } = renderMyTickets();

      await rowKeys();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Resolved');

      await waitFor(() =>
        expect(screen.getByRole('status', { name: '' })).toHaveTextContent('2 tickets found'),
      );
    });

    it('says when nothing matches', async () => {
      const { user } = renderMyTickets({
        client: createClient({ tickets: seeds.filter((seed) => seed.id !== 't2') }),
      });

      await rowKeys();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Waiting for you');

      expect(await screen.findByText('No tickets match this status or search.')).toBeVisible();
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent('No tickets found');
    });
  });

  describe('search', () => {
    it('requests only the final text after typing stops', async () => {
      const client = createClient();
      const calls = spyOnList(client);
      const { user } = renderMyTickets({ client });

      await rowKeys();
      await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'export');

      await waitFor(async () => expect(await rowKeys()).toEqual(['HELP-4', 'HELP-1']));
      expect(calls.map((call) => call.query.search)).toEqual([undefined, 'export']);
    });

    it('aborts a search request that a newer one replaced', async () => {
      const client = createClient({ latency: 400 });
      const calls = spyOnList(client);
      const { user } = renderMyTickets({ client });

      await rowKeys();

      const field = screen.getByRole('searchbox', { name: 'Search tickets' });

      await user.click(field);
      await user.paste('export');
      await waitFor(() => expect(calls).toHaveLength(2), { timeout: 3000 });
      await user.clear(field);
      await user.paste('sso');

      await waitFor(async () => expect(await rowKeys()).toEqual(['HELP-2']), { timeout: 3000 });
      expect(calls[1]?.query.search).toBe('export');
      expect(calls[1]?.signal?.aborted).toBe(true);
    });

    it('never shows a slow older result over a newer one', async () => {
      const client = createClient();
      const original = client.listMyTickets.bind(client);

      // A backend that ignores the abort signal and returns the first search late.
      client.listMyTickets = async (query: TicketQuery): Promise<TicketPage> => {
        const page = await original(query);

        if (query.search === 'export') {
          await new Promise((resolve) => setTimeout(resolve, 500));
        }

        return page;
      };

      const { user } = renderMyTickets({ client });
      const field = await screen.findByRole('searchbox', { name: 'Search tickets' });

      await user.type(field, 'export');
      await new Promise((resolve) => setTimeout(resolve, 350));
      await user.clear(field);
      await user.type(field, 'sso');

      await waitFor(async () => expect(await rowKeys()).toEqual(['HELP-2']), { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await rowKeys()).toEqual(['HELP-2']);
    });
  });

  describe('errors', () => {
    it.each([
      ['access-disabled', 'Support tickets are turned off for your account.'],
      ['forbidden', 'You do not have permission to do this.'],
    ] as const)('offers no Retry for %s', async (code, message) => {
      renderMyTickets({ client: createClient({ failures: { listMyTickets: code } }) });

      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    });

    it('offers Retry for a timeout', async () => {
      renderMyTickets({ client: createClient({ failures: { listMyTickets: 'timeout' } }) });

      expect(await screen.findByRole('alert')).toHaveTextContent('took too long');
      expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    });
  });

  describe('load more', () => {
    it('merges pages without duplicates or gaps when tickets change', async () => {
      const { client, user } = renderMyTickets({ pageSize: 2 });

      expect(await rowKeys()).toEqual(['HELP-5', 'HELP-4']);

      // HELP-1 was on the last page; a reply moves it above the cursor of the next page.
      client.simulateSupportReply('t1', 'We found the cause.', { status: null });
      await user.click(screen.getByRole('button', { name: 'Load more' }));

      await waitFor(async () =>
        expect(await rowKeys()).toEqual(['HELP-1', 'HELP-5', 'HELP-4', 'HELP-3', 'HELP-2']),
      );

      // The next page ends the list: HELP-1 moved above its cursor and came with the first page.
      expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

      const keys = await rowKeys();

      expect(keys).toEqual(['HELP-1', 'HELP-5', 'HELP-4', 'HELP-3', 'HELP-2']);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('offers Retry when the next page fails', async () => {
      const client = createClient();
      const { user } = renderMyTickets({ client, pageSize: 2 });

      await rowKeys();
      client.setFailures({ listMyTickets: { error: 'timeout', times: 1 } });
      await user.click(screen.getByRole('button', { name: 'Load more' }));

      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent('More tickets could not be loaded.');
      expect(await rowKeys()).toHaveLength(2);

      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(async () => expect(await rowKeys()).toHaveLength(4));
    });
  });

  describe('updated marker', () => {
    it('marks a ticket that changed since it was last opened', async () => {
      const { client, user } = renderMyTickets();

      await rowKeys();
      expect(screen.queryByText('Updated')).toBeNull();

      client.simulateSupportReply('t2', 'Which identity provider do you use?');
      await user.click(screen.getByRole('button', { name: 'Refresh' }));

      const row = await screen.findByRole('button', { name: /Set up SSO/ });

      await waitFor(() => expect(within(row).getByText('Updated')).toBeInTheDocument());

      await user.click(row);
      await screen.findByRole('heading', { level: 2, name: 'Set up SSO' });
      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      expect(
        within(screen.getByRole('button', { name: /Set up SSO/ })).queryByText('Updated'),
      ).toBeNull();
      expect(JSON.parse(window.localStorage.getItem(lastSeenKey) ?? '{}')).toHaveProperty('t2');
    });

    it('reports the number of updated tickets', async () => {
      const onUpdatedCountChange = vi.fn();
      const client = createClient();

      client.simulateSupportReply('t1', 'Fixed.');
      client.simulateSupportReply('t3', 'Done.');

      const { user } = renderMyTickets({ client, onUpdatedCountChange });

      await waitFor(() => expect(onUpdatedCountChange).toHaveBeenLastCalledWith(2));

      await user.click(await screen.findByRole('button', { name: /Export fails/ }));
      await screen.findByRole('heading', { level: 2, name: 'Export fails' });

      await waitFor(() => expect(onUpdatedCountChange).toHaveBeenLastCalledWith(1));
    });

    it('gives the count to a host through useUpdatedTicketCount', async () => {
      const client = createClient();

      client.simulateSupportReply('t4', 'Escalated to the reports team.');
      window.localStorage.setItem(lastSeenKey, JSON.stringify({ t5: '2026-11-05T09:00:00.000Z' }));

      const { result } = renderHook(() => useUpdatedTicketCount(client));

      await waitFor(() => expect(result.current).toBe(1));

      act(() => {
        window.localStorage.setItem(lastSeenKey, JSON.stringify({ t4: new Date().toISOString() }));
        window.dispatchEvent(new StorageEvent('storage', { key: lastSeenKey }));
      });

      await waitFor(() => expect(result.current).toBe(0));
    });
  });

  describe('prop: pollInterval', () => {
    it('picks up support activity without a reload', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });

      const { client } = renderMyTickets({ pollInterval: 5000 });

      expect((await rowKeys())[0]).toBe('HELP-5');

      client.simulateSupportReply('t2', 'Which identity provider do you use?');
      await act(() => vi.advanceTimersByTimeAsync(5000));

      await waitFor(async () => expect((await rowKeys())[0]).toBe('HELP-2'));
      expect(
        within(screen.getByRole('button', { name: /Set up SSO/ })).getByText('Updated'),
      ).toBeInTheDocument();
    });

    it('leaves an error on screen until Retry', async () => {
      const client = createClient({ failures: { listMyTickets: 'unavailable' } });
      const calls = spyOnList(client);

      renderMyTickets({ client, pollInterval: 50 });

      await screen.findByRole('alert');
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(calls).toHaveLength(1);
    });
  });

  describe('keyboard', () => {
    it('reaches rows with Tab and opens one with Enter', async () => {
      const { user } = renderMyTickets();

      await rowKeys();
      screen.getByRole('button', { name: 'Refresh' }).focus();
      await user.tab();

      expect(screen.getByRole('button', { name: /Dark mode/ })).toHaveFocus();

      await user.keyboard('{Enter}');

      expect(await screen.findByRole('heading', { level: 2, name: 'Dark mode' })).toHaveFocus();
    });
  });

  describe('prop: ticketId', () => {
    it('shows the ticket the host selects and asks the host to change it', async () => {
      const onTicketIdChange = vi.fn();
      const client = createClient();
      const user = userEvent.setup();
      const { rerender } = render(
        <MyTickets
          client={client}
          role="member"
          ticketId="t2"
          onTicketIdChange={onTicketIdChange}
        />,
      );

      await screen.findByRole('heading', { level: 2, name: 'Set up SSO' });
      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      expect(onTicketIdChange).toHaveBeenCalledWith(null);
      expect(screen.getByRole('heading', { level: 2, name: 'Set up SSO' })).toBeInTheDocument();

      rerender(
        <MyTickets
          client={client}
          role="member"
          ticketId={null}
          onTicketIdChange={onTicketIdChange}
        />,
      );

      expect(await screen.findByRole('list', { name: 'My tickets' })).toBeVisible();
    });

    it('shows a replied ticket first after returning', async () => {
      const { user } = renderMyTickets();

      expect((await rowKeys())[0]).toBe('HELP-5');

      await user.click(screen.getByRole('button', { name: /Set up SSO/ }));
      await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'We use Okta.');
      await user.click(screen.getByRole('button', { name: 'Send reply' }));
      await screen.findByText('We use Okta.', { selector: 'p' });
      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      await waitFor(async () => expect((await rowKeys())[0]).toBe('HELP-2'));
      expect(
        within(screen.getByRole('button', { name: /Set up SSO/ })).queryByText('Updated'),
      ).toBeNull();
    });

    it('brings the ticket into view when the page was scrolled', async () => {
      const { user, container } = renderMyTickets();

      await rowKeys();

      const root = container.querySelector("[data-slot='my-tickets']") as HTMLElement;
      const scrollIntoView = vi.spyOn(root, 'scrollIntoView');

      vi.spyOn(root, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -900, 800, 2000));
      await user.click(screen.getByRole('button', { name: /Dark mode/ }));

      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    });

    it('renders rows as links with ticketHref', async () => {
      const onTicketIdChange = vi.fn();
      const { user } = renderMyTickets({
        ticketHref: (id) => `/support/tickets/${id}`,
        onTicketIdChange,
      });

      const link = await screen.findByRole('link', { name: /Dark mode/ });

      expect(link).toHaveAttribute('href', '/support/tickets/t5');

      await user.click(link);

      expect(onTicketIdChange).toHaveBeenCalledWith('t5');
      expect(await screen.findByRole('heading', { level: 2, name: 'Dark mode' })).toBeVisible();
    });

    it('leaves a Ctrl+click on a row link to the browser', async () => {
      const onTicketIdChange = vi.fn();
      const { user } = renderMyTickets({
        ticketHref: (id) => `/support/tickets/${id}`,
        onTicketIdChange,
      });

      const link = await screen.findByRole('link', { name: /Dark mode/ });

      await user.keyboard('{Control>}');
      await user.click(link);
      await user.keyboard('{/Control}');

      expect(onTicketIdChange).not.toHaveBeenCalled();
    });

    it('returns to the same filter, search and scroll position', async () => {
      const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
      const { user } = renderMyTickets();

      await rowKeys();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
      await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'slow');
      await waitFor(async () => expect(await rowKeys()).toEqual(['HELP-4']));

      vi.spyOn(window, 'scrollY', 'get').mockReturnValue(480);
      await user.click(screen.getByRole('button', { name: /Export is slow/ }));
      await screen.findByRole('heading', { level: 2, name: 'Export is slow' });
      vi.spyOn(window, 'scrollY', 'get').mockReturnValue(0);
      await user.click(screen.getByRole('button', { name: /Back to my tickets/ }));

      expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('open');
      expect(screen.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('slow');
      expect(await rowKeys()).toEqual(['HELP-4']);
      expect(scrollTo).toHaveBeenCalledWith({ top: 480 });
    });
  });

  it('aborts its requests on unmount', async () => {
    const client = createClient({ latency: 10_000 });
    const calls = spyOnList(client);
    const { unmount } = renderMyTickets({ client });

    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();

    expect(calls[0]?.signal?.aborted).toBe(true);
  });
});
