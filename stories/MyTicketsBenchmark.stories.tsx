import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createDemoTickets, createMemoryTicketClient } from '../src/client/memory';
import { MyTickets } from '../src/my-tickets';

/** Number of tickets of the benchmark, all filed by the current user. */
const TICKET_COUNT = 10_000;

/** Fixed clock, so every run lists the same tickets. */
const demoNow = new Date('2026-11-20T12:00:00Z');

type StoryClient = ReturnType<typeof createMemoryTicketClient>;

/**
 * Mounts `MyTickets` only when "Mount" is pressed, so that building 10,000 tickets (in the
 * loader) and loading Storybook stay out of the measured time.
 */
function MountOnDemand(props: ComponentProps<typeof MyTickets>) {
  const [mounted, setMounted] = useState(false);

  if (!mounted) {
    return (
      <button type="button" data-bench="mount" onClick={() => setMounted(true)}>
        Mount
      </button>
    );
  }

  return <MyTickets {...props} />;
}

const meta = {
  title: 'MyTickets/Benchmark',
  component: MyTickets,
  parameters: { layout: 'padded' },
  args: { role: 'admin', locale: 'en-US', onTicketIdChange: fn() },
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        supportActivity: false,
        latency: 20,
        tickets: createDemoTickets(TICKET_COUNT, { now: demoNow, seed: 11 }),
      }),
    }),
  ],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 1040, margin: '0 auto' }}>
      <MountOnDemand {...args} client={loaded.client as StoryClient} />
    </div>
  ),
} satisfies Meta<typeof MyTickets>;

export default meta;

type Story = StoryObj<typeof meta>;

/** 10,000 tickets in the memory client, waiting for "Mount"; `npm run bench` drives this story. */
export const TenThousandTickets: Story = {};

/** The same 10,000 tickets, mounted: the first page of 20 appears. */
export const TenThousandTicketsFirstPage: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Mount' }));

    const list = await canvas.findByRole('list', { name: 'My tickets' }, { timeout: 5000 });

    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(20));
  },
};
