import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryTicketClient, type MemoryTicketClientOptions } from '../src/client/memory';
import { MyTickets } from '../src/my-tickets';

/** Memory client of one story; each render gets its own, so stories never share tickets. */
function storyClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({ supportActivity: false, latency: 150, ...options });
}

const meta = {
  title: 'MyTickets',
  component: MyTickets,
  parameters: { layout: 'padded' },
  args: {
    role: 'admin',
    locale: 'en-US',
    onTicketIdChange: fn(),
    onCreateTicket: fn(),
  },
  loaders: [() => ({ client: storyClient() })],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 1040, margin: '0 auto' }}>
      <MyTickets client={loaded.client as ReturnType<typeof storyClient>} {...args} />
    </div>
  ),
} satisfies Meta<typeof MyTickets>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The user's tickets, latest activity first; a colleague's ticket is not listed. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'My tickets' });

    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(5));
    await expect(canvas.queryByText('Contractors cannot accept their invitation')).toBeNull();
    await expect(canvas.getByText(/created by other people in your organization/)).toBeVisible();
  },
};

/** Placeholder rows while the first page loads. */
export const Loading: Story = {
  loaders: [() => ({ client: storyClient({ latency: 600_000 }) })],
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("[data-slot='my-tickets-list']");

    await expect(list).toHaveAttribute('aria-busy', 'true');
    await expect(
      canvasElement.querySelectorAll("[data-slot='my-tickets-skeleton-row']"),
    ).toHaveLength(5);
  },
};

/** An admin without tickets is offered to create one. */
export const Empty: Story = {
  loaders: [() => ({ client: storyClient({ tickets: [] }) })],
  play: async ({ canvas, args }) => {
    await canvas.findByText('No tickets yet');
    await userEvent.click(canvas.getByRole('button', { name: 'Create a ticket' }));
    await expect(args.onCreateTicket).toHaveBeenCalledTimes(1);
  },
};

/** A member without tickets learns that only admins create them. */
export const EmptyForMember: Story = {
  args: { role: 'member' },
  loaders: [() => ({ client: storyClient({ tickets: [] }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Only admins and account admins/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Create a ticket' })).toBeNull();
  },
};

/** The list failed to load; Retry loads it. */
export const Error: Story = {
  loaders: [
    () => ({
      client: storyClient({ failures: { listMyTickets: { error: 'unavailable', times: 1 } } }),
    }),
  ],
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');

    await expect(alert).toHaveTextContent('Your tickets could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('list', { name: 'My tickets' })).toBeVisible();
  },
};

/** One ticket: the thread, a reply, and a colleague added as participant. */
export const TicketDetail: Story = {
  play: async ({ canvas, args, step }) => {
    await step('open the ticket', async () => {
      await userEvent.click(
        await canvas.findByRole('button', { name: /Monthly usage report export times out/ }),
      );
      await canvas.findByRole('heading', {
        level: 2,
        name: 'Monthly usage report export times out',
      });
      await expect(args.onTicketIdChange).toHaveBeenCalledTimes(1);
    });

    await step('read the thread', async () => {
      const thread = canvas.getByRole('region', { name: 'Comments' });

      await expect(within(thread).getByText('Support team')).toBeVisible();
    });

    await step('reply', async () => {
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Reply' }),
        'The report is “All teams”.',
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));

      const thread = canvas.getByRole('region', { name: 'Comments' });

      await expect(await within(thread).findByText('The report is “All teams”.')).toBeVisible();
    });

    await step('add a participant', async () => {
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Colleague’s e-mail' }),
        'Dana.Fox@Example.com',
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Add' }));

      const panel = canvas.getByRole('region', { name: 'Participants' });

      await expect(await within(panel).findByText('dana.fox@example.com')).toBeVisible();
    });
  },
};
