import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import type { CreatedTicket, FormOptions, TicketClient, TicketDraft } from '../src/client/types';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import {
  categorySelect,
  createButton,
  createdTicket,
  createTestClient,
  descriptionInput,
  dialog,
  fileInput,
  fillForm,
  formOptions,
  renderDialog,
  titleInput,
} from './createTicketDialogHelpers';

afterEach(() => {
  clearAllDrafts();
  vi.restoreAllMocks();
});

describe('<CreateTicketDialog />', () => {
  describe('prop: role', () => {
    it('shows members a notice instead of the form', async () => {
      const { client } = renderDialog({ role: 'member' });

      expect(
        within(dialog()).getByText(/Only admins and account admins can create support tickets/),
      ).toBeInTheDocument();
      expect(
        within(dialog()).getByText(/Ask your admin to create one for you/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Create ticket' })).not.toBeInTheDocument();
      expect(client.getFormOptions).not.toHaveBeenCalled();
    });

    it('shows account admins the form', async () => {
      renderDialog({ role: 'account-admin' });

      expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    });
  });

  describe('form options', () => {
    it('shows a loading state, then the form with Other last', async () => {
      let resolve: (options: FormOptions) => void = () => {};
      const client = createTestClient({
        getFormOptions: vi.fn(() => new Promise<FormOptions>((done) => (resolve = done))),
      });

      renderDialog({ client });

      expect(within(dialog()).getByText('Loading the ticket form…')).toBeInTheDocument();
      resolve(formOptions);

      const options = within(await screen.findByRole('combobox', { name: 'Feature category' }))
        .getAllByRole('option')
        .map((option) => option.textContent);

      expect(options).toEqual(['Choose a category', 'Billing', 'Reports', 'Other']);
    });

    it('shows the error with a Retry that loads them again', async () => {
      const getFormOptions = vi
        .fn<TicketClient['getFormOptions']>()
        .mockRejectedValueOnce(new TicketClientError('network'))
        .mockResolvedValue(formOptions);
      const { user } = renderDialog({ client: createTestClient({ getFormOptions }) });

      expect(await screen.findByText('The ticket form could not be loaded.')).toBeInTheDocument();
      expect(screen.getByText(/could not be reached/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Retry' }));

      expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
      expect(getFormOptions).toHaveBeenCalledTimes(2);
    });
  });

  describe('validation', () => {
    it('blocks creation while required fields are empty', async () => {
      const { user, client } = renderDialog();

      await screen.findByRole('textbox', { name: 'Title' });
      await user.type(titleInput(), '   ');
      await user.click(createButton());

      expect(await screen.findByRole('alert')).toHaveTextContent('4 fields need attention');
      expect(client.createTicket).not.toHaveBeenCalled();

      const title = titleInput();
      const titleError = screen.getByText('Enter a title.');

      expect(title).toHaveAttribute('aria-invalid', 'true');
      expect(title.getAttribute('aria-describedby')).toContain(titleError.id);
      expect(descriptionInput()).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('Enter a description.')).toBeInTheDocument();
      expect(categorySelect()).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('Choose a feature category.')).toBeInTheDocument();
      expect(screen.getByText('Choose a ticket type.')).toBeInTheDocument();
    });

    it('focuses the first invalid field', async () => {
      const { user } = renderDialog({ defaultValues: { type: 'bug' } });

      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(createButton());

      await waitFor(() => expect(titleInput()).toHaveFocus());
    });
  });

  describe('creation', () => {
    it('sends the draft and links the key', async () => {
      const { user, client } = renderDialog();
      const file = new File(['log line'], 'export.log', { type: '' });

      await fillForm(user);
      await user.upload(fileInput(), file);
      expect(await screen.findByText('export.log')).toBeInTheDocument();
      await user.click(createButton());

      const link = await screen.findByRole('link', { name: /HELP-\d+/ });

      expect(link).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\/support\.example\.com/),
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(screen.getByText(/confirmation e-mail with a link to the ticket/)).toBeInTheDocument();
      expect(screen.queryByText(/support-portal account/)).not.toBeInTheDocument();

      const [draft, options] = client.createTicket.mock.calls[0]!;

      expect(draft).toEqual({
        type: 'bug',
        title: 'Export fails',
        categoryId: 'billing',
        otherCategory: undefined,
        description: 'The CSV export stops at 50%.',
        attachments: [file],
      });
      expect(options.idempotencyKey).toEqual(expect.any(String));
    });

    it('tells first-time users about the support-portal account e-mail', async () => {
      const client = createTestClient({
        createTicket: vi.fn((draft: TicketDraft) =>
          Promise.resolve(createdTicket(draft, { firstTicket: true })),
        ),
      });
      const { user } = renderDialog({ client });

      await fillForm(user);
      await user.click(createButton());

      expect(
        await screen.findByText(/second e-mail asks you to create a support-portal account/),
      ).toBeInTheDocument();
      expect(screen.getByText(/save the login details/)).toBeInTheDocument();
    });

    it('shows the key unlinked for unsafe URLs', async () => {
      const client = createTestClient({
        createTicket: vi.fn((draft: TicketDraft) =>
          Promise.resolve(createdTicket(draft, { key: 'HELP-9', url: 'javascript:alert(1)' })),
        ),
      });
      const { user } = renderDialog({ client });

      await fillForm(user);
      await user.click(createButton());

      expect(await screen.findByText('HELP-9')).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /HELP-9/ })).not.toBeInTheDocument();
    });

    it('calls onCreated once, also after a double click', async () => {
      let finish: () => void = () => {};
      const client = createTestClient({
        createTicket: vi.fn(
          (draft: TicketDraft) =>
            new Promise<CreatedTicket>((resolve) => (finish = () => resolve(createdTicket(draft)))),
        ),
      });
      const { user, onCreated } = renderDialog({ client });

      await fillForm(user);
      await user.dblClick(createButton());
      await user.keyboard('{Enter}');

      expect(await screen.findByRole('button', { name: 'Creating…' })).toHaveAttribute(
        'aria-busy',
        'true',
      );
      finish();

      await screen.findByText('Ticket created');
      expect(client.createTicket).toHaveBeenCalledTimes(1);
      expect(onCreated).toHaveBeenCalledTimes(1);
      expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export fails' }));
    });

    it('starts a clean form with a new key after Create another', async () => {
      const { user, client } = renderDialog();

      await fillForm(user);
      await user.click(createButton());
      await user.click(await screen.findByRole('button', { name: 'Create another' }));

      expect(titleInput()).toHaveValue('');
      expect(descriptionInput()).toHaveValue('');
      await fillForm(user);
      await user.click(createButton());
      await screen.findByText('Ticket created');

      const keys = client.createTicket.mock.calls.map(([, options]) => options.idempotencyKey);

      expect(keys).toHaveLength(2);
      expect(keys[0]).not.toBe(keys[1]);
    });

    it('closes after Done', async () => {
      const { user } = renderDialog();

      await fillForm(user);
      await user.click(createButton());
      await user.click(await screen.findByRole('button', { name: 'Done' }));

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  describe('failures', () => {
    it('keeps the draft when creation fails', async () => {
      const createTicket = vi
        .fn<TicketClient['createTicket']>()
        .mockRejectedValueOnce(new TicketClientError('network'))
        .mockImplementation((draft) => Promise.resolve(createdTicket(draft)));
      const { user, onCreated } = renderDialog({ client: createTestClient({ createTicket }) });
      const file = new File(['pixels'], 'screen.png', { type: 'image/png' });

      await fillForm(user);
      await user.upload(fileInput(), file);
      await screen.findByText('screen.png');
      await user.click(createButton());

      const alert = await screen.findByRole('alert');

      expect(alert).toHaveTextContent(/could not be reached/);
      expect(titleInput()).toHaveValue('Export fails');
      expect(descriptionInput()).toHaveValue('The CSV export stops at 50%.');
      expect(categorySelect()).toHaveValue('billing');
      expect(screen.getByRole('radio', { name: /^Report bug or problem/ })).toBeChecked();
      expect(screen.getByText('screen.png')).toBeInTheDocument();

      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await screen.findByText('Ticket created');

      expect(createTicket).toHaveBeenCalledTimes(2);
      expect(createTicket.mock.calls[1]![0].attachments).toEqual([file]);
      expect(createTicket.mock.calls[1]![1].idempotencyKey).toBe(
        createTicket.mock.calls[0]![1].idempotencyKey,
      );
      expect(onCreated).toHaveBeenCalledTimes(1);
    });

    it('puts the field errors of an invalid answer on their fields', async () => {
      const createTicket = vi.fn<TicketClient['createTicket']>().mockRejectedValue(
        new TicketClientError('invalid', {
          fieldErrors: { description: 'Description mentions no steps.', priority: 'Too urgent.' },
        }),
      );
      const { user } = renderDialog({ client: createTestClient({ createTicket }) });

      await fillForm(user);
      await user.click(createButton());

      const message = await screen.findByText('Description mentions no steps.');

      expect(descriptionInput()).toHaveAttribute('aria-invalid', 'true');
      expect(descriptionInput().getAttribute('aria-describedby')).toContain(message.id);
      expect(screen.getByRole('alert')).toHaveTextContent('Too urgent.');
      await waitFor(() => expect(descriptionInput()).toHaveFocus());
    });
  });

  describe('prop: open', () => {
    function Controlled({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
      const [open, setOpen] = useState(false);

      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Report a problem
          </button>
          <CreateTicketDialog
            client={createTestClient()}
            role="admin"
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
            draftStorage={null}
          />
        </>
      );
    }

    it('opens and closes under the control of the parent', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();

      render(<Controlled onOpenChange={onOpenChange} />);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Report a problem' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Close' }));

      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('focuses the first field on opening, and the opener on closing', async () => {
      const user = userEvent.setup();

      render(<Controlled onOpenChange={() => {}} />);
      await user.click(screen.getByRole('button', { name: 'Report a problem' }));

      await waitFor(() =>
        expect(screen.getByRole('radio', { name: /^Report bug or problem/ })).toHaveFocus(),
      );
      await user.keyboard('{Escape}');

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Report a problem' })).toHaveFocus();
    });

    it('lets onCloseAutoFocus place focus itself', async () => {
      const user = userEvent.setup();
      const onCloseAutoFocus = vi.fn((event: Event) => {
        event.preventDefault();
        screen.getByRole('button', { name: 'Elsewhere' }).focus();
      });

      render(
        <>
          <button type="button">Elsewhere</button>
          <CreateTicketDialog
            client={createTestClient()}
            role="admin"
            defaultOpen
            draftStorage={null}
            onCloseAutoFocus={onCloseAutoFocus}
          />
        </>,
      );
      await screen.findByRole('textbox', { name: 'Title' });
      await user.keyboard('{Escape}');

      expect(onCloseAutoFocus).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    });

    it('stays open when the parent keeps open true', async () => {
      const onOpenChange = vi.fn();
      const { user } = renderDialog({ open: true, onOpenChange });

      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(screen.getByRole('button', { name: 'Close' }));

      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(dialog()).toBeInTheDocument();
    });

    it('opens from the trigger when uncontrolled', async () => {
      const onOpenChange = vi.fn();
      const { user } = renderDialog({
        defaultOpen: undefined,
        onOpenChange,
        trigger: <button type="button">New ticket</button>,
      });

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'New ticket' }));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      await user.keyboard('{Escape}');

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(screen.getByRole('button', { name: 'New ticket' })).toHaveFocus();
    });
  });

  describe('prop: defaultValues', () => {
    it('fills the form with the given values', async () => {
      renderDialog({
        defaultValues: {
          type: 'feature',
          title: 'Dark mode for reports',
          categoryId: 'reports',
          description: 'Reports are hard to read at night.',
        },
      });

      expect(await screen.findByRole('radio', { name: /^Request feature/ })).toBeChecked();
      expect(titleInput()).toHaveValue('Dark mode for reports');
      expect(categorySelect()).toHaveValue('reports');
      expect(descriptionInput()).toHaveValue('Reports are hard to read at night.');
    });
  });

  describe('help first', () => {
    it('links the Help Center in a new tab and opens the helpbot', async () => {
      const onOpenHelpbot = vi.fn();
      const { user } = renderDialog({ helpCenterUrl: 'https://help.example.com/', onOpenHelpbot });
      const link = await screen.findByRole('link', { name: /Open the Help Center/ });

      expect(link).toHaveAttribute('href', 'https://help.example.com/');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await user.click(screen.getByRole('button', { name: 'Ask the AI helpbot' }));
      expect(onOpenHelpbot).toHaveBeenCalledTimes(1);
    });

    it('offers no links without a Help Center address or helpbot', async () => {
      renderDialog();

      await screen.findByRole('textbox', { name: 'Title' });
      expect(screen.queryByText(/Help Center or ask the AI helpbot/)).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /Help Center/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Ask the AI helpbot' })).not.toBeInTheDocument();
    });
  });
});
