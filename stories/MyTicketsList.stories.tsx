import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  createDemoTickets,
  createMemoryTicketClient,
  type MemoryTicketClientOptions,
} from '../src/client/memory';
import { MyTickets } from '../src/my-tickets';

/** Fixed clock of the demo tickets, so every run shows the same list. */
const demoNow = new Date('2026-11-20T12:00:00Z');

function storyClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    supportActivity: false,
    latency: 100,
    tickets: createDemoTickets(45, { now: demoNow, seed: 7 }),
    ...options,
  });
}

type StoryClient = ReturnType<typeof storyClient>;

const meta = {
  title: 'MyTickets/List',
  component: MyTickets,
  parameters: { layout: 'padded' },
  args: {
    role: 'admin',
    locale: 'en-US',
    pageSize: 10,
    onTicketIdChange: fn(),
    onCreateTicket: fn(),
    onUpdatedCountChange: fn(),
  },
  loaders: [() => ({ client: storyClient() })],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 1040, margin: '0 auto' }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
} satisfies Meta<typeof MyTickets>;

export default meta;

type Story = StoryObj<typeof meta>;

async function rows(canvas: ReturnType<typeof within>) {
  const list = await canvas.findByRole('list', { name: 'My tickets' });

  return within(list).getAllByRole('button');
}

/** A status filter and a search narrow the list, and the count is announced. */
export const FilterAndSearch: Story = {
  play: async ({ canvas }) => {
    await rows(canvas);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'Resolved');

    await waitFor(async () => {
      for (const row of await rows(canvas)) {
        await expect(row.querySelector("[data-category='resolved']")).not.toBeNull();
      }
    });

    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search tickets' }), 'export');
    await waitFor(async () => {
      for (const row of await rows(canvas)) {
        await expect(row).toHaveTextContent(/export/i);
      }
    });
    await expect(canvas.getByRole('status', { name: '' })).toHaveTextContent(/tickets? found/);
  },
};

/** "Load more" appends the next page; no ticket shows twice. */
export const LoadMore: Story = {
  play: async ({ canvas }) => {
    await expect(await rows(canvas)).toHaveLength(10);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect(await rows(canvas)).toHaveLength(20));

    const ids = (await rows(canvas)).map((row) => row.dataset.ticketId);

    await expect(new Set(ids).size).toBe(ids.length);
  },
};

/** Tickets that changed since the user last opened them carry a marker, and the host gets the count. */
export const UpdatedTickets: Story = {
  loaders: [
    () => {
      const client = storyClient({ tickets: createDemoTickets(6, { now: demoNow, seed: 3 }) });

      return { client };
    },
  ],
  play: async ({ canvas, args }) => {
    await rows(canvas);

    const markers = canvas.queryAllByText('Updated');

    await waitFor(() => expect(args.onUpdatedCountChange).toHaveBeenLastCalledWith(markers.length));
    await expect(markers.length).toBeGreaterThan(0);

    const row = markers[0]?.closest('button') as HTMLElement;
    const title = row.querySelector("[data-slot='my-tickets-row-title-text']")?.textContent ?? '';

    await userEvent.click(row);
    await canvas.findByRole('heading', { level: 2, name: title });
    await userEvent.click(canvas.getByRole('button', { name: /Back to my tickets/ }));
    await waitFor(() =>
      expect(args.onUpdatedCountChange).toHaveBeenLastCalledWith(markers.length - 1),
    );
  },
};

/** Rows are reached with Tab and opened with Enter; Back returns focus to the row. */
export const KeyboardNavigation: Story = {
  play: async ({ canvas }) => {
    const [first] = await rows(canvas);

    canvas.getByRole('button', { name: 'Refresh' }).focus();
    await userEvent.tab();
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const title = await canvas.findByRole('heading', { level: 2 });

    await waitFor(() => expect(title).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: /Back to my tickets/ }));
    await expect(first).toHaveFocus();
  },
};

/** Back from a ticket shows the list with the same filter and search. */
export const ReturnToList: Story = {
  play: async ({ canvas }) => {
    await rows(canvas);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'Open');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search tickets' }), 'sync');
    await waitFor(async () => {
      for (const row of await rows(canvas)) {
        await expect(row).toHaveTextContent(/sync/i);
      }
    });

    const [first] = await rows(canvas);

    await userEvent.click(first as HTMLElement);
    await canvas.findByRole('heading', { level: 2 });
    await userEvent.click(canvas.getByRole('button', { name: /Back to my tickets/ }));
    await expect(canvas.getByRole('combobox', { name: 'Status' })).toHaveValue('open');
    await expect(canvas.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('sync');
  },
};

/** With `ticketHref`, rows are links a user can open in a new tab; a plain click opens in place. */
export const RowsAsLinks: Story = {
  args: { ticketHref: (ticketId: string) => `#/support/tickets/${ticketId}` },
  play: async ({ canvas, args }) => {
    const list = await canvas.findByRole('list', { name: 'My tickets' });
    const [first] = within(list).getAllByRole('link');

    await expect(first).toHaveAttribute('href', expect.stringMatching(/^#\/support\/tickets\//));
    // Rows keep the look of the button rows: no underline, text in the body colour.
    await expect(getComputedStyle(first as HTMLElement).textDecorationLine).toBe('none');
    await expect(getComputedStyle(first as HTMLElement).color).toBe(getComputedStyle(list).color);
    await userEvent.click(first as HTMLElement);
    await canvas.findByRole('heading', { level: 2 });
    await expect(args.onTicketIdChange).toHaveBeenCalledTimes(1);
  },
};

/** The service stays unavailable: Retry fails again and the error stays, with nothing lost. */
export const Unavailable: Story = {
  loaders: [() => ({ client: storyClient({ failures: { listMyTickets: 'unavailable' } }) })],
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');

    await expect(alert).toHaveTextContent('unavailable right now');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Your tickets could not be loaded.',
    );
  },
};

/** The list on a 320 px wide screen: rows stack their fields. */
export const Narrow: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: 320 }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const [first] = await rows(canvas);

    await expect((first as HTMLElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** The list in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await rows(canvas)).toHaveLength(10);
  },
};

/** In a parent that shrinks to fit its content, such as a centered flex item, the list keeps a usable width. */
export const ShrinkToFitParent: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'flex', justifyContent: 'center', width: 700 }}>
      <div>
        <MyTickets client={loaded.client as StoryClient} {...args} />
      </div>
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    await rows(canvas);

    const root = canvasElement.querySelector("[data-slot='my-tickets']") as HTMLElement;
    const heading = canvas.getByRole('heading', { level: 2, name: 'My tickets' });
    const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);

    await expect(root.getBoundingClientRect().width).toBeGreaterThanOrEqual(280);
    await expect(heading.getBoundingClientRect().height).toBeLessThan(lineHeight * 1.5);
  },
};

/** At 1200 px the toolbar controls line up, and every status pill stays on one line in its column. */
export const Wide: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: 1200 }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const rowButtons = await rows(canvas);
    const select = canvas.getByRole('combobox', { name: 'Status' }).getBoundingClientRect();
    const search = canvas
      .getByRole('searchbox', { name: 'Search tickets' })
      .getBoundingClientRect();

    await expect(select.top).toBe(search.top);
    await expect(select.height).toBe(search.height);

    for (const row of rowButtons) {
      const cell = row.querySelector("[data-slot='my-tickets-row-status']") as HTMLElement;
      const pill = cell.querySelector("[data-slot='my-tickets-status-badge']") as HTMLElement;
      const lineHeight = parseFloat(getComputedStyle(pill).lineHeight);

      await expect(pill.getBoundingClientRect().height).toBeLessThan(lineHeight * 1.5 + 4);
      await expect(pill.getBoundingClientRect().right).toBeLessThanOrEqual(
        cell.getBoundingClientRect().right,
      );
    }
  },
};

/** On a 390 px phone the status filter takes the full width, and no meta line starts with a dot. */
export const Phone: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: 390 }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const rowButtons = await rows(canvas);
    const toolbar = canvasElement.querySelector("[data-slot='my-tickets-toolbar']") as HTMLElement;
    const select = canvas.getByRole('combobox', { name: 'Status' });

    await expect(select.getBoundingClientRect().width).toBe(toolbar.getBoundingClientRect().width);

    // The separator is drawn after the type, so a category that wraps starts its own line.
    for (const row of rowButtons) {
      const type = row.querySelector("[data-slot='my-tickets-row-type']") as HTMLElement;
      const category = row.querySelector("[data-slot='my-tickets-row-category']") as HTMLElement;

      await expect(getComputedStyle(type, '::after').content).toBe('"·"');
      await expect(getComputedStyle(category, '::before').content).toBe('none');
    }
  },
};
