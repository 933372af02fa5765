import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TicketClientError } from '../src/client/errors';
import { createMemoryTicketClient, type MemoryTicketClient } from '../src/client/memory';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { fileInput, fillForm, findDialog } from './createTicketDialogStoryHelpers';

const meta = {
  title: 'Components/CreateTicketDialog',
  component: CreateTicketDialog,
  args: {
    role: 'admin',
    defaultOpen: true,
    helpCenterUrl: 'https://help.example.com/',
    onOpenHelpbot: fn(),
    onCreated: fn(),
    onOpenChange: fn(),
    // Stories start from an empty draft; the DraftKept stories show what storage adds.
    draftStorage: null,
  },
  // Each story gets its own backend, so tickets created in one do not show in another.
  loaders: [() => ({ client: createMemoryTicketClient({ supportActivity: false, latency: 150 }) })],
  render: (args, { loaded, id }) => (
    <CreateTicketDialog client={loaded.client} draftKey={id} {...args} />
  ),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CreateTicketDialog>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The form filled in with a screenshot attached, then created. */
export const Default: Story = {
  play: async ({ args }) => {
    const body = await fillForm();
    const dialog = await findDialog();
    const screenshot = new File([new Uint8Array([137, 80, 78, 71])], 'export-error.png', {
      type: 'image/png',
    });

    await userEvent.upload(fileInput(dialog), screenshot);
    await expect(await body.findByText('export-error.png')).toBeVisible();
    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    await expect(await body.findByRole('heading', { name: 'Ticket created' })).toHaveFocus();
    await expect(body.getByRole('link', { name: /HELP-\d+/ })).toHaveAttribute('target', '_blank');
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/** Members see who can file a ticket for them, and no form. */
export const Member: Story = {
  args: { role: 'member' },
  play: async () => {
    const body = within(await findDialog());

    await expect(
      body.getByText(/Only admins and account admins can create support tickets/),
    ).toBeVisible();
    await expect(body.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    await expect(body.getByRole('link', { name: /Open the Help Center/ })).toBeVisible();
  },
};

/** Create ticket pressed with nothing filled in: every field shows what it needs. */
export const ValidationErrors: Story = {
  play: async () => {
    const body = within(await findDialog());
    const title = await body.findByRole('textbox', { name: 'Title' });

    await userEvent.click(body.getByRole('radio', { name: /^Service request/ }));
    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    await expect(await body.findByRole('alert')).toHaveTextContent('3 fields need attention');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(title).toHaveFocus());
    await expect(body.getByText('Enter a title.')).toBeVisible();
    await expect(body.getByText('Choose a feature category.')).toBeVisible();
    await expect(body.getByText('Enter a description.')).toBeVisible();
  },
};

/** The network fails once: the draft stays, and Retry creates the ticket. */
export const CreationFailed: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        supportActivity: false,
        latency: 150,
        failures: { createTicket: { error: 'network', times: 1 } },
      }),
    }),
  ],
  play: async ({ args }) => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    const alert = await body.findByRole('alert');

    await expect(alert).toHaveTextContent(/could not be reached/);
    await expect(body.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'CSV export stops halfway',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await body.findByRole('heading', { name: 'Ticket created' })).toBeVisible();
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/** A response lost after the ticket was made: Retry returns that ticket, not a second one. */
export const RetryAfterTimeout: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        supportActivity: false,
        latency: 100,
        tickets: [],
        failures: { createTicket: { error: 'timeout', times: 1, phase: 'response' } },
      }),
    }),
  ],
  play: async ({ args, loaded }) => {
    const body = await fillForm('Timeout once');

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));
    await userEvent.click(
      within(await body.findByRole('alert')).getByRole('button', { name: 'Retry' }),
    );
    await body.findByRole('heading', { name: 'Ticket created' });

    const page = await (loaded.client as MemoryTicketClient).listMyTickets({});

    await expect(page.tickets.filter((ticket) => ticket.title === 'Timeout once')).toHaveLength(1);
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/** The confirmation after creating a ticket. */
export const Created: Story = {
  play: async () => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));
    await expect(await body.findByRole('heading', { name: 'Ticket created' })).toBeVisible();
    await expect(body.getByText(/confirmation e-mail with a link to the ticket/)).toBeVisible();
    await expect(body.queryByText(/support-portal account/)).not.toBeInTheDocument();
  },
};

/** The user's first ticket: a second e-mail will ask them to create a support-portal account. */
export const FirstTicket: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({ supportActivity: false, latency: 150, tickets: [] }),
    }),
  ],
  play: async () => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));
    await expect(await body.findByText(/create a support-portal account/)).toBeVisible();
    await expect(body.getByText(/save the login details/)).toBeVisible();
  },
};

/** The form options are still on their way. */
export const LoadingOptions: Story = {
  loaders: [
    () => ({
      client: {
        ...createMemoryTicketClient({ supportActivity: false }),
        getFormOptions: () => new Promise<never>(() => {}),
      },
    }),
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(body.getByText('Loading the ticket form…')).toBeVisible();
  },
};

/** The form options failed to load; Retry loads them. */
export const OptionsFailed: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        supportActivity: false,
        failures: { getFormOptions: { error: new TicketClientError('unavailable'), times: 1 } },
      }),
    }),
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(await body.findByText('The ticket form could not be loaded.')).toBeVisible();
    await userEvent.click(body.getByRole('button', { name: 'Retry' }));
    await expect(await body.findByRole('textbox', { name: 'Title' })).toBeVisible();
  },
};
