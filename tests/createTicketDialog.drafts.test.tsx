import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import type { DraftStorage } from '../src/create-ticket-dialog/types';
import {
  categorySelect,
  createButton,
  createTestClient,
  descriptionInput,
  dialog,
  fileInput,
  fillForm,
  renderDialog,
  titleInput,
} from './createTicketDialogHelpers';

afterEach(() => {
  clearAllDrafts();
  vi.restoreAllMocks();
});

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();

  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Renders the dialog behind a trigger, so tests can close and reopen it. */
function renderWithTrigger(props: { draftStorage?: DraftStorage | null; draftKey?: string } = {}) {
  const user = userEvent.setup({ applyAccept: false });
  const client = createTestClient();
  const result = render(
    <CreateTicketDialog
      client={client}
      role="admin"
      draftStorage={null}
      trigger={<button type="button">New ticket</button>}
      {...props}
    />,
  );
  const open = async () => {
    await user.click(screen.getByRole('button', { name: 'New ticket' }));
    await screen.findByRole('textbox', { name: 'Title' });
  };

  return { user, client, open, ...result };
}

const confirm = () => screen.getByRole('alertdialog', { name: 'Discard this draft?' });

describe('<CreateTicketDialog /> drafts', () => {
  describe('closing with unsaved input', () => {
    it('asks first, and Keep editing leaves every field and file', async () => {
      const onOpenChange = vi.fn();
      const { user } = renderDialog({ onOpenChange });

      await fillForm(user);
      await user.upload(fileInput(), new File(['x'], 'notes.txt', { type: 'text/plain' }));
      await user.click(screen.getByRole('button', { name: 'Close' }));

      expect(confirm()).toBeInTheDocument();
      expect(within(confirm()).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
      await user.click(within(confirm()).getByRole('button', { name: 'Keep editing' }));

      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(dialog()).toBeInTheDocument();
      expect(titleInput()).toHaveValue('Export fails');
      expect(descriptionInput()).toHaveValue('The CSV export stops at 50%.');
      expect(categorySelect()).toHaveValue('billing');
      expect(screen.getByText('notes.txt')).toBeInTheDocument();
      expect(onOpenChange).not.toHaveBeenCalledWith(false);
    });

    it('asks on Escape, and a second Escape returns to the form', async () => {
      const { user } = renderDialog();

      await screen.findByRole('textbox', { name: 'Title' });
      await user.type(titleInput(), 'Export');
      await user.keyboard('{Escape}');
      expect(confirm()).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(titleInput()).toHaveValue('Export');
      expect(titleInput()).toHaveFocus();
    });

    it('asks on a click outside', async () => {
      const { user } = renderDialog();

      await screen.findByRole('textbox', { name: 'Title' });
      await user.type(titleInput(), 'Export');
      await user.pointer({
        keys: '[MouseLeft]',
        target: document.querySelector<HTMLElement>('[data-slot="create-ticket-dialog-overlay"]')!,
      });

      expect(confirm()).toBeInTheDocument();
      expect(dialog()).toBeInTheDocument();
    });

    it('closes at once when nothing differs from the prefill', async () => {
      const { user } = renderDialog({ defaultValues: { title: 'Prefilled', type: 'bug' } });

      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(screen.getByRole('button', { name: 'Close' }));

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('forgets the draft after Discard draft', async () => {
      const { user, open } = renderWithTrigger();

      await open();
      await user.type(titleInput(), 'Export');
      await user.keyboard('{Escape}');
      await user.click(within(confirm()).getByRole('button', { name: 'Discard draft' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      await open();
      expect(titleInput()).toHaveValue('');
    });
  });

  describe('reopening', () => {
    it('keeps fields and files after Keep draft and close', async () => {
      const { user, open } = renderWithTrigger();

      await open();
      await fillForm(user);
      await user.upload(fileInput(), new File(['x'], 'notes.txt', { type: 'text/plain' }));
      await user.click(screen.getByRole('button', { name: 'Close' }));
      await user.click(within(confirm()).getByRole('button', { name: 'Keep draft and close' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'New ticket' })).toHaveFocus();

      await open();
      expect(titleInput()).toHaveValue('Export fails');
      expect(descriptionInput()).toHaveValue('The CSV export stops at 50%.');
      expect(categorySelect()).toHaveValue('billing');
      expect(screen.getByRole('radio', { name: /^Report bug or problem/ })).toBeChecked();
      expect(screen.getByText('notes.txt')).toBeInTheDocument();
    });

    it('keeps separate drafts per draft key', async () => {
      const first = renderWithTrigger({ draftKey: 'first' });

      await first.open();
      await first.user.type(titleInput(), 'First draft');
      await first.user.keyboard('{Escape}');
      await first.user.click(
        within(confirm()).getByRole('button', { name: 'Keep draft and close' }),
      );
      first.unmount();

      const second = renderWithTrigger({ draftKey: 'second' });

      await second.open();
      expect(titleInput()).toHaveValue('');
    });
  });

  describe('prop: draftStorage', () => {
    it('restores the text fields and the idempotency key after a reload', async () => {
      const storage = memoryStorage();
      const failing = createTestClient({
        createTicket: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      const first = renderDialog({ draftStorage: storage, client: failing });

      await fillForm(first.user);
      await first.user.click(createButton());
      await screen.findByRole('alert');
      first.unmount();
      // A reload loses everything in memory; only the storage remains.
      clearAllDrafts();

      const second = renderDialog({ draftStorage: storage });

      expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Export fails');
      expect(descriptionInput()).toHaveValue('The CSV export stops at 50%.');
      expect(categorySelect()).toHaveValue('billing');
      await second.user.click(createButton());
      await screen.findByText('Ticket created');

      expect(second.client.createTicket.mock.calls[0]![1].idempotencyKey).toBe(
        failing.createTicket.mock.calls[0]![1].idempotencyKey,
      );
    });

    it('uses sessionStorage by default and clears it once the ticket is created', async () => {
      const { user } = renderDialog({ draftStorage: undefined });

      await fillForm(user);
      await waitFor(() =>
        expect(window.sessionStorage.getItem('react-support-tickets:draft:default')).toContain(
          'Export fails',
        ),
      );
      await user.click(createButton());
      await screen.findByText('Ticket created');

      expect(window.sessionStorage.getItem('react-support-tickets:draft:default')).toBeNull();
    });
  });
});
