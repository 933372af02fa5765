import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TicketClientError } from '../src/client/errors';
import { createMemoryTicketClient } from '../src/client/memory';
import type { CreatedTicket, TicketClient, TicketDraft } from '../src/client/types';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { fillForm, findDialog } from './createTicketDialogStoryHelpers';

const meta = {
  title: 'Components/CreateTicketDialog/States',
  component: CreateTicketDialog,
  args: {
    role: 'admin',
    defaultOpen: true,
    helpCenterUrl: 'https://help.example.com/',
    onCreated: fn(),
    onOpenChange: fn(),
    draftStorage: null,
  },
  loaders: [() => ({ client: createMemoryTicketClient({ supportActivity: false, latency: 100 }) })],
  render: (args, { loaded, id }) => (
    <CreateTicketDialog client={loaded.client} draftKey={id} {...args} />
  ),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CreateTicketDialog>;

export default meta;

type Story = StoryObj<typeof meta>;

/** Returns a loader whose memory client fails `createTicket` once with `error`. */
function failingOnce(error: TicketClientError) {
  return () => ({
    client: createMemoryTicketClient({
      supportActivity: false,
      latency: 100,
      failures: { createTicket: { error, times: 1 } },
    }),
  });
}

/** Access is still being checked. */
export const CheckingAccess: Story = {
  loaders: [
    () => ({
      client: Object.assign(Object.create(createMemoryTicketClient()) as TicketClient, {
        getAccess: () => new Promise<never>(() => {}),
      }),
    }),
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(body.getByText('Checking your access to support tickets…')).toBeVisible();
    await expect(body.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  },
};

/** Access was withdrawn: an explanation with the backend's message, and no form. */
export const AccessDisabled: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        access: { status: 'disabled', message: 'Access was paused on 1 December after a review.' },
      }),
    }),
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(await body.findByText(/turned off for your account/)).toBeVisible();
    await expect(body.getByText(/paused on 1 December/)).toBeVisible();
    await expect(body.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  },
};

/** Ticketing has not reached this account yet. */
export const AccessNotEnabled: Story = {
  loaders: [() => ({ client: createMemoryTicketClient({ access: { status: 'not-enabled' } }) })],
  play: async () => {
    const body = within(await findDialog());

    await expect(await body.findByText(/not available for your account yet/)).toBeVisible();
    await expect(body.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  },
};

/** The access check failed once; Retry checks again and shows the form. */
export const AccessCheckFailed: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        failures: { getAccess: { error: 'network', times: 1 } },
      }),
    }),
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(await body.findByText(/could not be checked/)).toBeVisible();
    await userEvent.click(body.getByRole('button', { name: 'Retry' }));
    await expect(await body.findByRole('textbox', { name: 'Title' })).toBeVisible();
  },
};

/** Too many requests: Retry waits out the time the backend asked for. */
export const RateLimited: Story = {
  loaders: [failingOnce(new TicketClientError('rate-limited', { retryAfterMs: 3000 }))],
  play: async ({ args }) => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    const alert = await body.findByRole('alert');

    await expect(alert).toHaveTextContent('You can try again in 3 seconds.');
    await expect(within(alert).getByRole('button', { name: /^Retry in \d s$/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await waitFor(
      () =>
        expect(within(alert).getByRole('button', { name: 'Retry' })).not.toHaveAttribute(
          'aria-disabled',
        ),
      { timeout: 5000 },
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(await body.findByRole('heading', { name: 'Ticket created' })).toBeVisible();
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/** The session expired while the user typed: sign in again, the draft is kept. */
export const Unauthorized: Story = {
  loaders: [failingOnce(new TicketClientError('unauthorized'))],
  play: async () => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    const alert = await body.findByRole('alert');

    await expect(alert).toHaveTextContent('Your session has expired');
    await expect(alert).toHaveTextContent('Your draft is kept');
    await expect(body.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'CSV export stops halfway',
    );
  },
};

/** The backend refused a field: its message sits on the field, which gets focus. */
export const InvalidFromServer: Story = {
  loaders: [
    failingOnce(
      new TicketClientError('invalid', {
        fieldErrors: { title: 'A ticket with this title is already open: HELP-101.' },
      }),
    ),
  ],
  play: async () => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    const title = body.getByRole('textbox', { name: 'Title' });

    await expect(await body.findByText(/already open: HELP-101/)).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(title).toHaveFocus());
  },
};

/** The backend withdrew access when the ticket was sent. */
export const AccessDisabledOnCreate: Story = {
  loaders: [failingOnce(new TicketClientError('access-disabled'))],
  play: async () => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));
    await expect(await body.findByText(/turned off for your account/)).toBeVisible();
    await expect(body.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  },
};

/** A slow backend: the form is read-only while creating, and Stop cancels the request. */
export const SlowCreation: Story = {
  loaders: [
    () => {
      const client = createMemoryTicketClient({ supportActivity: false });

      return {
        client: Object.assign(Object.create(client) as TicketClient, {
          createTicket: (draft: TicketDraft, options: { signal?: AbortSignal }) =>
            new Promise<CreatedTicket>((_resolve, reject) => {
              options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
            }),
        }),
      };
    },
  ],
  play: async ({ args }) => {
    const body = await fillForm();

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));

    const busy = await body.findByRole('button', { name: 'Creating…' });

    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(body.getByRole('textbox', { name: 'Title' })).toHaveAttribute('readonly');
    await userEvent.click(busy);
    await userEvent.click(body.getByRole('button', { name: 'Stop' }));
    await expect(await body.findByText(/Creation was stopped/)).toBeVisible();
    await expect(body.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('readonly');
    await expect(args.onCreated).not.toHaveBeenCalled();
  },
};
