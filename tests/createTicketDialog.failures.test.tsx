import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError, type TicketClientErrorCode } from '../src/client/errors';
import type { CreatedTicket, TicketAccess, TicketClient, TicketDraft } from '../src/client/types';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import {
  createButton,
  createdTicket,
  createTestClient,
  descriptionInput,
  dialog,
  fillForm,
  renderDialog,
  titleInput,
} from './createTicketDialogHelpers';

afterEach(() => {
  clearAllDrafts();
  vi.restoreAllMocks();
});

/** Returns a createTicket that fails once with `error`, then creates. */
function failingOnce(error: unknown) {
  return vi
    .fn<TicketClient['createTicket']>()
    .mockRejectedValueOnce(error)
    .mockImplementation((draft) => Promise.resolve(createdTicket(draft)));
}

/** Returns a createTicket that waits for `release` and rejects when its signal aborts. */
function slowCreate() {
  let release: () => void = () => {};
  const createTicket = vi.fn<TicketClient['createTicket']>(
    (draft: TicketDraft, options) =>
      new Promise<CreatedTicket>((resolve, reject) => {
        release = () => resolve(createdTicket(draft));
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
      }),
  );

  return { createTicket, release: () => release() };
}

describe('<CreateTicketDialog /> failures', () => {
  it.each<[TicketClientErrorCode | 'type-error', RegExp]>([
    ['network', /could not be reached/],
    ['type-error', /could not be reached/],
    ['timeout', /took too long to answer/],
    ['unavailable', /unavailable right now/],
    ['unknown', /Something went wrong/],
    ['forbidden', /do not have permission/],
  ])('shows %s with Retry and keeps the draft', async (code, message) => {
    const error =
      code === 'type-error' ? new TypeError('Failed to fetch') : new TicketClientError(code);
    const createTicket = failingOnce(error);
    const { user, onCreated } = renderDialog({ client: createTestClient({ createTicket }) });

    await fillForm(user);
    await user.click(createButton());

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent(message);
    expect(titleInput()).toHaveValue('Export fails');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByText('Ticket created');

    expect(createTicket).toHaveBeenCalledTimes(2);
    expect(onCreated).toHaveBeenCalledTimes(1);
  });

  it('asks to sign in again after unauthorized, keeping the draft', async () => {
    const createTicket = failingOnce(new TicketClientError('unauthorized'));
    const { user } = renderDialog({ client: createTestClient({ createTicket }) });

    await fillForm(user);
    await user.click(createButton());

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('Your session has expired. Sign in again');
    expect(alert).toHaveTextContent('Your draft is kept');
    expect(descriptionInput()).toHaveValue('The CSV export stops at 50%.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('holds Retry after rate-limited until the wait is over', async () => {
    const createTicket = failingOnce(new TicketClientError('rate-limited', { retryAfterMs: 1200 }));
    const { user } = renderDialog({ client: createTestClient({ createTicket }) });

    await fillForm(user);
    await user.click(createButton());

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('You can try again in 2 seconds.');

    const retry = within(alert).getByRole('button', { name: /^Retry in \d s$/ });

    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(createButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(retry);
    await user.click(createButton());
    expect(createTicket).toHaveBeenCalledTimes(1);

    await waitFor(
      () =>
        expect(within(alert).getByRole('button', { name: 'Retry' })).not.toHaveAttribute(
          'aria-disabled',
        ),
      { timeout: 3000 },
    );
    expect(alert).toHaveTextContent('You can try again now.');
    expect(alert).not.toHaveTextContent('in 2 seconds');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByText('Ticket created');
    expect(createTicket).toHaveBeenCalledTimes(2);
  });

  it('allows Retry at once when rate-limited with no wait', async () => {
    const createTicket = failingOnce(new TicketClientError('rate-limited', { retryAfterMs: 0 }));
    const { user } = renderDialog({ client: createTestClient({ createTicket }) });

    await fillForm(user);
    await user.click(createButton());

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('You can try again now.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('replaces the form with an explanation after access-disabled', async () => {
    const createTicket = failingOnce(new TicketClientError('access-disabled'));
    const { user } = renderDialog({ client: createTestClient({ createTicket }) });

    await fillForm(user);
    await user.click(createButton());

    expect(await within(dialog()).findByText(/turned off for your account/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });
});

describe('<CreateTicketDialog /> one ticket per intent', () => {
  it('makes the form read-only while creating', async () => {
    const slow = slowCreate();
    const { user } = renderDialog({
      client: createTestClient({ createTicket: slow.createTicket }),
    });

    await fillForm(user);
    await user.click(createButton());

    expect(titleInput()).toHaveAttribute('readonly');
    expect(descriptionInput()).toHaveAttribute('readonly');
    expect(screen.getByRole('radio', { name: /^Service request/ })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Feature category' })).toBeDisabled();
    expect(createButton()).toHaveTextContent('Creating…');
    expect(createButton()).toHaveAttribute('aria-disabled', 'true');
    slow.release();
    await screen.findByText('Ticket created');
  });

  it('sends one request for a double Enter in the title', async () => {
    const slow = slowCreate();
    const { user } = renderDialog({
      client: createTestClient({ createTicket: slow.createTicket }),
    });

    await fillForm(user);
    await user.click(titleInput());
    await user.keyboard('{Enter}{Enter}');
    await screen.findByRole('button', { name: 'Creating…' });
    await user.keyboard('{Enter}');
    slow.release();
    await screen.findByText('Ticket created');

    expect(slow.createTicket).toHaveBeenCalledTimes(1);
  });

  it('stops a slow creation and keeps the draft', async () => {
    const slow = slowCreate();
    const { user, onCreated } = renderDialog({
      client: createTestClient({ createTicket: slow.createTicket }),
    });

    await fillForm(user);
    await user.click(createButton());
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    expect(slow.createTicket.mock.calls[0]![1].signal?.aborted).toBe(true);
    expect(await screen.findByText(/Creation was stopped/)).toBeInTheDocument();
    expect(titleInput()).not.toHaveAttribute('readonly');
    expect(titleInput()).toHaveValue('Export fails');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('reports a ticket created after the dialog was closed, once', async () => {
    const slow = slowCreate();
    const user = userEvent.setup();
    const onCreated = vi.fn();
    const client = createTestClient({ createTicket: slow.createTicket });

    render(
      <CreateTicketDialog
        client={client}
        role="admin"
        draftStorage={null}
        onCreated={onCreated}
        trigger={<button type="button">New ticket</button>}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'New ticket' }));
    await fillForm(user);
    await user.click(createButton());
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Keep draft and close' }));
    await user.click(screen.getByRole('button', { name: 'New ticket' }));

    expect(await screen.findByRole('button', { name: 'Creating…' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Creating…' }));
    slow.release();

    expect(await screen.findByText('Ticket created')).toBeInTheDocument();
    expect(slow.createTicket).toHaveBeenCalledTimes(1);
    expect(onCreated).toHaveBeenCalledTimes(1);
  });
});

describe('<CreateTicketDialog /> access', () => {
  function renderWithAccess(getAccess: NonNullable<TicketClient['getAccess']>) {
    return renderDialog({ client: createTestClient({ getAccess: vi.fn(getAccess) }) });
  }

  it('checks access before showing the form', async () => {
    let grant: (access: TicketAccess) => void = () => {};

    renderWithAccess(() => new Promise((resolve) => (grant = resolve)));

    expect(within(dialog()).getByText('Checking your access to support tickets…')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    grant({ status: 'enabled' });
    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
  });

  it('explains disabled access with the backend message, and shows no form', async () => {
    renderWithAccess(() =>
      Promise.resolve({ status: 'disabled', message: 'Disabled on 1 December after review.' }),
    );

    expect(await screen.findByText(/turned off for your account/)).toBeInTheDocument();
    expect(screen.getByText('Disabled on 1 December after review.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });

  it('explains that tickets are not enabled yet', async () => {
    renderWithAccess(() => Promise.resolve({ status: 'not-enabled' }));

    expect(await screen.findByText(/not available for your account yet/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });

  it('offers Retry when the access check fails', async () => {
    const getAccess = vi
      .fn<NonNullable<TicketClient['getAccess']>>()
      .mockRejectedValueOnce(new TicketClientError('network'))
      .mockResolvedValue({ status: 'enabled' });
    const { user } = renderDialog({ client: createTestClient({ getAccess }) });

    expect(
      await screen.findByText(/access to support tickets could not be checked/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    expect(getAccess).toHaveBeenCalledTimes(2);
  });
});
