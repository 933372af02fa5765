import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryTicketClient, type MemoryTicketSeed } from '../src/client/memory';
import type { TicketClient, TicketPage } from '../src/client/types';
import { MyTickets } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };

function seeds(count: number): MemoryTicketSeed[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `t${index}`,
    key: `HELP-${index}`,
    title: `Ticket number ${index}`,
    description: 'Details',
    createdAt: new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString(),
  }));
}

function memoryClient(count = 3) {
  return createMemoryTicketClient({
    currentUser: me,
    tickets: seeds(count),
    supportActivity: false,
  });
}

/** Lets fake timers run for `ms` and settles the promises and renders they start. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Rejects like `fetch` does when its signal aborts. */
function abortable(ms: number, signal: AbortSignal | undefined) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);

    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('<MyTickets />', () => {
  describe('prop: pollInterval', () => {
    it('applies a poll slower than the interval', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });

      const base = memoryClient(1);
      let title = 'First title';
      const client: TicketClient = {
        ...base,
        getTicket: async (id, options) => {
          const ticket = await base.getTicket(id);

          await abortable(8000, options?.signal);

          return { ...ticket, title };
        },
      };

      render(
        <MyTickets
          client={client}
          role="admin"
          locale="en-US"
          defaultTicketId="t0"
          pollInterval={5000}
        />,
      );
      await advance(8000);
      expect(screen.getByRole('heading', { name: 'First title' })).toBeInTheDocument();

      // Ticks at 10 s (starts a load that ends at 18 s) and 15 s (skipped: that load runs).
      title = 'Changed by support';
      await advance(11000);

      expect(screen.getByRole('heading', { name: 'Changed by support' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute('aria-disabled');
    });

    it('raises an interval below 5000 ms to 5000 ms', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });

      const base = memoryClient(3);
      const list = vi.spyOn(base, 'listMyTickets');

      render(<MyTickets client={base} role="admin" locale="en-US" pollInterval={1} />);
      await advance(100);
      expect(screen.getByText('Ticket number 0')).toBeInTheDocument();

      const before = list.mock.calls.length;

      await advance(4800);
      expect(list.mock.calls.length).toBe(before);

      await advance(200);
      expect(list.mock.calls.length).toBe(before + 1);
    });

    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
      'does not poll with an interval of %s',
      async (pollInterval) => {
        vi.useFakeTimers({ shouldAdvanceTime: true });

        const base = memoryClient(3);
        const list = vi.spyOn(base, 'listMyTickets');

        render(<MyTickets client={base} role="admin" locale="en-US" pollInterval={pollInterval} />);
        await advance(100);

        const before = list.mock.calls.length;

        await advance(20000);
        expect(list.mock.calls.length).toBe(before);
      },
    );
  });

  describe('prop: client', () => {
    it('keeps the list with a new client object', async () => {
      const base = memoryClient(3);
      const list = vi.spyOn(base, 'listMyTickets');
      let rerenderHost = () => undefined as void;

      function Host() {
        const [tick, setTick] = useState(0);

        rerenderHost = () => setTick((value) => value + 1);

        return (
          <>
            <p>Host render {tick}</p>
            <MyTickets client={{ ...base }} role="admin" locale="en-US" />
          </>
        );
      }

      render(<Host />);
      await screen.findByText('Ticket number 0');

      const before = list.mock.calls.length;

      act(() => rerenderHost());
      expect(screen.getByText('Host render 1')).toBeInTheDocument();
      expect(screen.getByText('Ticket number 0')).toBeInTheDocument();

      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(screen.getByText('Ticket number 0')).toBeInTheDocument();
      expect(list.mock.calls.length).toBe(before);
    });

    it('keeps the open ticket with a new client object', async () => {
      const base = memoryClient(1);
      const getTicket = vi.spyOn(base, 'getTicket');
      let rerenderHost = () => undefined as void;

      function Host() {
        const [tick, setTick] = useState(0);

        rerenderHost = () => setTick((value) => value + 1);

        return (
          <>
            <p>Host render {tick}</p>
            <MyTickets client={{ ...base }} role="admin" locale="en-US" defaultTicketId="t0" />
          </>
        );
      }

      render(<Host />);
      await screen.findByRole('heading', { name: 'Ticket number 0' });

      const before = getTicket.mock.calls.length;

      act(() => rerenderHost());
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(getTicket.mock.calls.length).toBe(before);
    });

    it('reloads the list when lastSeenStorageKey changes', async () => {
      const base = memoryClient(3);
      const list = vi.spyOn(base, 'listMyTickets');
      const { rerender } = render(
        <MyTickets client={base} role="admin" locale="en-US" lastSeenStorageKey="seen:alex" />,
      );

      await screen.findByText('Ticket number 0');

      const before = list.mock.calls.length;

      rerender(
        <MyTickets
          client={{ ...base }}
          role="admin"
          locale="en-US"
          lastSeenStorageKey="seen:sam"
        />,
      );
      await waitFor(() => expect(list.mock.calls.length).toBe(before + 1));
    });
  });

  describe('prop: pageSize', () => {
    it('asks for between 1 and 100 tickets per page', async () => {
      const base = memoryClient(3);
      const list = vi.spyOn(base, 'listMyTickets');
      const { unmount } = render(
        <MyTickets client={base} role="admin" locale="en-US" pageSize={0} />,
      );

      await screen.findByText('Ticket number 2');
      unmount();
      render(<MyTickets client={base} role="admin" locale="en-US" pageSize={10000} />);
      await screen.findByText('Ticket number 0');

      expect(list.mock.calls.map(([query]) => query.limit)).toEqual([1, 100]);
    });
  });

  describe('paging', () => {
    it('loads past an empty first page', async () => {
      const base = memoryClient(3);
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) =>
          query.cursor
            ? base.listMyTickets({ ...query, cursor: undefined }, options)
            : { tickets: [], nextCursor: 'c1' },
      };

      render(<MyTickets client={client} role="admin" locale="en-US" />);

      expect(await screen.findByText('Ticket number 0')).toBeInTheDocument();
      expect(screen.queryByText('No tickets yet')).not.toBeInTheDocument();
    });

    it('offers Load more after three empty pages', async () => {
      const list = vi.fn(async (query: { cursor?: string }): Promise<TicketPage> => ({
        tickets: [],
        nextCursor: `after-${query.cursor ?? 'start'}`,
      }));
      const client: TicketClient = { ...memoryClient(0), listMyTickets: list };

      render(<MyTickets client={client} role="admin" locale="en-US" />);

      expect(await screen.findByRole('button', { name: 'Load more' })).toBeInTheDocument();
      expect(screen.queryByText('No tickets yet')).not.toBeInTheDocument();
      expect(list).toHaveBeenCalledTimes(3);
    });

    it('ends the list on a repeated cursor', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const base = memoryClient(3);
      const client: TicketClient = {
        ...base,
        listMyTickets: async (query, options) => {
          const page = await base.listMyTickets({ ...query, cursor: undefined }, options);

          return { tickets: page.tickets, nextCursor: 'same' };
        },
      };
      const user = userEvent.setup();

      render(<MyTickets client={client} role="admin" locale="en-US" />);
      await user.click(await screen.findByRole('button', { name: 'Load more' }));

      await waitFor(() =>
        expect(screen.queryByRole('button', { name: /Load/ })).not.toBeInTheDocument(),
      );
      expect(screen.getByText('Ticket number 0')).toBeInTheDocument();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/^react-support-tickets: .*repeated cursor/);
    });
  });

  describe('right-to-left', () => {
    it('mirrors the back arrow in right-to-left layouts', async () => {
      render(
        <MyTickets client={memoryClient(1)} role="admin" locale="en-US" defaultTicketId="t0" />,
      );

      const back = await screen.findByRole('button', { name: 'Back to my tickets' });
      const arrow = back.querySelector("[data-slot='my-tickets-back-icon']");
      const css = readFileSync('src/styles/my-tickets.css', 'utf8');

      expect(arrow).toHaveAttribute('aria-hidden', 'true');
      expect(css).toMatch(
        /\[data-slot='my-tickets-back-icon'\]:dir\(rtl\)\s*\{[^}]*transform:\s*scaleX\(-1\)/,
      );
    });

    it('isolates the dates inside sentences', async () => {
      render(
        <MyTickets client={memoryClient(1)} role="admin" locale="en-US" defaultTicketId="t0" />,
      );

      const created = await screen.findByText(/^Created/);
      const date = within(created).getByText(/2026/);

      expect(date.tagName).toBe('BDI');
    });
  });
});
