import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import { createMemoryTicketClient } from '../src/client/memory';
import type { CreatedTicket, FormOptions } from '../src/client/types';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import { HelpMenu } from '../src/help-menu';
import { countCharacters } from '../src/utils/text';
import { truncateCharacters } from '../src/utils/truncateText';
import {
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

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });

  return { promise, resolve };
}

/** Returns a `DraftStorage` backed by a plain map, as `sessionStorage` would be. */
function memoryStorage() {
  const items = new Map<string, string>();

  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function clientWithOptions(options: unknown) {
  return createTestClient({
    getFormOptions: vi.fn(() => Promise.resolve(options as FormOptions)),
  });
}

beforeEach(() => {
  clearAllDrafts();
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<CreateTicketDialog />', () => {
  describe('rate limits', () => {
    it.each([
      ['not a number', Number.NaN],
      ['negative', -5000],
      ['infinite', Number.POSITIVE_INFINITY],
    ])('treats a wait that is %s as no wait', async (_label, retryAfterMs) => {
      const client = createTestClient({
        createTicket: () => Promise.reject(new TicketClientError('rate-limited', { retryAfterMs })),
      });
      const { user } = renderDialog({ client });

      await fillForm(user);
      await user.click(createButton());

      const alert = await screen.findByRole('alert');

      expect(alert).not.toHaveTextContent('NaN');
      expect(alert).not.toHaveTextContent('Infinity');
      expect(within(alert).getByRole('button', { name: 'Retry' })).not.toHaveAttribute(
        'aria-disabled',
      );
    });
  });

  describe('malformed client data', () => {
    it('shows a load error with Retry when the form options lack arrays', async () => {
      const client = clientWithOptions({ ...formOptions, categories: null });

      render(
        <div>
          <p>Host content</p>
          <CreateTicketDialog role="admin" defaultOpen client={client} draftStorage={null} />
        </div>,
      );

      expect(await screen.findByText('The ticket form could not be loaded.')).toBeInTheDocument();
      expect(screen.getByText('Host content')).toBeInTheDocument();

      client.getFormOptions.mockImplementation(() => Promise.resolve(formOptions));
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    });

    it('contains a render error with Retry and Close', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const client = clientWithOptions({ ...formOptions, categories: [null] });
      const onOpenChange = vi.fn();
      const user = userEvent.setup();

      render(
        <div>
          <p>Host content</p>
          <CreateTicketDialog
            role="admin"
            defaultOpen
            client={client}
            draftStorage={null}
            onOpenChange={onOpenChange}
          />
        </div>,
      );

      expect(await screen.findByText(/The ticket form could not be shown/)).toBeInTheDocument();
      expect(screen.getByText('Host content')).toBeInTheDocument();

      client.getFormOptions.mockImplementation(() => Promise.resolve(formOptions));
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    });

    it('closes from the render error view', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const client = clientWithOptions({ ...formOptions, categories: [null] });
      const user = userEvent.setup();

      render(<CreateTicketDialog role="admin" defaultOpen client={client} draftStorage={null} />);
      await screen.findByText(/The ticket form could not be shown/);
      await user.click(within(dialog()).getAllByRole('button', { name: 'Close' }).at(-1)!);
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    });
  });

  describe('discarding during creation', () => {
    it('aborts the request and keeps the next draft', async () => {
      const pending = deferred<CreatedTicket>();
      const client = createTestClient({ createTicket: () => pending.promise });
      const user = userEvent.setup({ applyAccept: false });
      const onCreated = vi.fn();

      render(
        <CreateTicketDialog
          role="admin"
          client={client}
          draftStorage={null}
          onCreated={onCreated}
          trigger={<button type="button">Open form</button>}
        />,
      );
      await user.click(screen.getByRole('button', { name: 'Open form' }));
      await fillForm(user);
      await user.click(createButton());
      await screen.findByRole('button', { name: 'Creating…' });
      await user.keyboard('{Escape}');
      await user.click(await screen.findByRole('button', { name: 'Discard draft' }));

      expect(client.createTicket.mock.calls[0]![1]?.signal?.aborted).toBe(true);

      await user.click(screen.getByRole('button', { name: 'Open form' }));
      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Second problem');
      await user.type(descriptionInput(), 'Typed after the discard');
      // A client that ignores the abort still ends the request.
      await act(async () => {
        pending.resolve(createdTicket(client.createTicket.mock.calls[0]![0]));
        await pending.promise;
      });

      expect(screen.queryByText('Ticket created')).not.toBeInTheDocument();
      expect(titleInput()).toHaveValue('Second problem');
      expect(descriptionInput()).toHaveValue('Typed after the discard');
      expect(onCreated.mock.calls.length).toBeLessThanOrEqual(1);
    });
  });

  describe('edits after an uncertain failure', () => {
    function renderWithLostResponse() {
      const client = createMemoryTicketClient({
        tickets: [],
        supportActivity: false,
        failures: { createTicket: { error: 'timeout', times: 1, phase: 'response' } },
      });
      const createTicket = vi.spyOn(client, 'createTicket');
      const onCreated = vi.fn();
      const user = userEvent.setup({ applyAccept: false });

      render(
        <CreateTicketDialog
          role="admin"
          defaultOpen
          client={client}
          draftStorage={null}
          onCreated={onCreated}
        />,
      );

      return { client, createTicket, onCreated, user };
    }

    it('warns and sends a new key when a field changed', async () => {
      const { client, createTicket, onCreated, user } = renderWithLostResponse();

      await fillForm(user);
      await user.click(createButton());
      await screen.findByRole('button', { name: 'Retry' });
      expect(screen.queryByText(/may have created a ticket/)).not.toBeInTheDocument();

      await user.clear(titleInput());
      await user.type(titleInput(), 'Export fails for CSV only');
      expect(screen.getByText(/may have created a ticket/)).toBeInTheDocument();

      await user.click(createButton());
      await screen.findByText('Ticket created');

      const [firstKey, secondKey] = createTicket.mock.calls.map(([, options]) => {
        return options.idempotencyKey;
      });
      const created = onCreated.mock.calls[0]![0] as CreatedTicket;

      expect(secondKey).not.toBe(firstKey);
      expect((await client.getTicket(created.id)).title).toBe('Export fails for CSV only');
    });

    it('keeps the key and says nothing when no field changed', async () => {
      const { createTicket, user } = renderWithLostResponse();

      await fillForm(user);
      await user.click(createButton());
      await user.click(await screen.findByRole('button', { name: 'Retry' }));
      await screen.findByText('Ticket created');

      expect(createTicket.mock.calls[1]![1].idempotencyKey).toBe(
        createTicket.mock.calls[0]![1].idempotencyKey,
      );
    });
  });

  describe('insertion at the limit', () => {
    it('cuts typed text, not the end of the title, and keeps the caret', async () => {
      const { user } = renderDialog();
      const written = 'A'.repeat(30) + ' ends with this';

      await screen.findByRole('radio', { name: /^Report bug or problem/ });
      fireEvent.change(titleInput(), { target: { value: written.slice(0, 38) } });
      await user.type(titleInput(), 'XYZ', { initialSelectionStart: 5, initialSelectionEnd: 5 });

      const input = titleInput() as HTMLInputElement;

      expect(input.value).toBe(written.slice(0, 5) + 'XY' + written.slice(5, 38));
      expect(input.selectionStart).toBe(7);
      expect(input).toHaveAccessibleDescription(/Pasted or typed text was cut/);
    });

    it('cuts a pasted block, not the end of the description', async () => {
      const { user } = renderDialog();
      const written = 'Steps: '.padEnd(280, '.') + ' stops at 50%.';

      await screen.findByRole('radio', { name: /^Report bug or problem/ });
      fireEvent.change(descriptionInput(), { target: { value: written.slice(0, 280) } });

      const textarea = descriptionInput() as HTMLTextAreaElement;

      textarea.focus();
      textarea.setSelectionRange(10, 10);
      await user.paste('L'.repeat(40));

      expect(textarea.value).toBe(written.slice(0, 10) + 'L'.repeat(20) + written.slice(10, 280));
      expect(textarea.selectionStart).toBe(30);
      expect(screen.getByText(/Pasted or typed text was cut/)).toBeInTheDocument();
    });
  });

  describe('Other area', () => {
    const family = '👨‍👩‍👧‍👦';

    async function chooseOther(limit: number | undefined) {
      const limits = { ...formOptions.limits, otherCategoryMaxLength: limit };
      const client = clientWithOptions({ ...formOptions, limits });
      const result = renderDialog({ client });

      await result.user.selectOptions(await screen.findByRole('combobox'), 'Other');

      return { ...result, area: screen.getByRole('textbox', { name: /^Area/ }) };
    }

    it('cuts the area at the limit from the form options, in characters', async () => {
      const { area } = await chooseOther(10);

      fireEvent.change(area, { target: { value: family.repeat(12) } });

      expect(area).toHaveValue(family.repeat(10));
      expect(area).not.toHaveAttribute('maxLength');
      expect(screen.getByText(/area can be at most 10 characters/)).toBeInTheDocument();
    });

    it('allows 80 characters when the form options give no limit', async () => {
      const { area } = await chooseOther(undefined);

      fireEvent.change(area, { target: { value: family.repeat(81) } });

      expect(countCharacters((area as HTMLInputElement).value)).toBe(80);
    });
  });

  describe('drafts and signed-in users', () => {
    it('shows the next user of the tab an empty form', async () => {
      const user = userEvent.setup();
      const clientOfAda = createMemoryTicketClient({ supportActivity: false });
      const first = render(<CreateTicketDialog role="admin" defaultOpen client={clientOfAda} />);

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Salary export');
      first.unmount();

      const clientOfBob = createMemoryTicketClient({ supportActivity: false });

      render(<CreateTicketDialog role="admin" defaultOpen client={clientOfBob} />);

      expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('');
    });

    it('passes the draft key from HelpMenu to the dialog', async () => {
      const user = userEvent.setup();
      const client = createMemoryTicketClient({ supportActivity: false });

      render(
        <HelpMenu
          client={client}
          role="admin"
          defaultCreateTicketOpen
          createTicketDraftKey="ada"
        />,
      );
      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Salary export');

      expect(sessionStorage.getItem('react-support-tickets:draft:ada')).toContain('Salary export');
    });
  });

  describe('attachments after a reload', () => {
    it('names the files that were attached before the reload', async () => {
      const storage = memoryStorage();
      const first = renderDialog({ draftStorage: storage });

      await first.user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export');
      await first.user.upload(fileInput(), [
        new File(['trace'], 'trace.log', { type: 'text/plain' }),
        new File(['png'], 'screen.png', { type: 'image/png' }),
      ]);
      first.unmount();
      // A reload loses everything in memory; only the storage remains.
      clearAllDrafts();
      renderDialog({ draftStorage: storage });

      const notice = await screen.findByText(/2 files were attached before the page reloaded/);

      expect(notice).toHaveTextContent(/attach them again/i);
      expect(notice.closest('[data-slot="alert"]')).toHaveTextContent('trace.log');
      expect(notice.closest('[data-slot="alert"]')).toHaveTextContent('screen.png');
    });
  });

  describe('prop: helpCenterUrl and onOpenHelpbot', () => {
    const openHelpbot = vi.fn();

    it.each([
      [{}, null],
      [{ helpCenterUrl: 'https://help.example.com/' }, /^Check the Help Center first\./],
      [{ onOpenHelpbot: openHelpbot }, /^Ask the AI helpbot first\./],
      [
        { helpCenterUrl: 'https://help.example.com/', onOpenHelpbot: openHelpbot },
        /^Check the Help Center or ask the AI helpbot first\./,
      ],
    ])('names only the help that is offered (%o)', async (props, expected) => {
      renderDialog(props);
      await screen.findByRole('textbox', { name: 'Title' });

      const line = dialog().querySelector('[data-slot="create-ticket-help-first"]');

      if (expected === null) {
        expect(line).toBeNull();
      } else {
        expect(line?.textContent).toMatch(expected);
      }
    });
  });

  describe('file input', () => {
    it('hides the file input from assistive technology', async () => {
      const { user } = renderDialog();

      await screen.findByRole('textbox', { name: 'Title' });

      expect(fileInput()).toHaveAttribute('aria-hidden', 'true');
      expect(fileInput()).toHaveAttribute('tabindex', '-1');
      await user.upload(fileInput(), new File(['log'], 'app.log', { type: 'text/plain' }));
      expect(screen.getByText('app.log')).toBeInTheDocument();
    });
  });

  describe('server messages', () => {
    it('lists repeated messages without key warnings', async () => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const fieldErrors = {
        attachments: 'File could not be read',
        region: 'File could not be read',
      };
      const client = createTestClient({
        createTicket: () => Promise.reject(new TicketClientError('invalid', { fieldErrors })),
      });
      const { user } = renderDialog({ client });

      await fillForm(user);
      await user.click(createButton());

      expect(await screen.findAllByText('File could not be read')).toHaveLength(2);
      expect(errors).not.toHaveBeenCalled();
    });
  });
});

describe('truncateCharacters', () => {
  it('keeps long combining stacks within the limit', () => {
    // 40 letters that each carry 40 combining marks: 1640 code units, 40 characters.
    const stacked = ('a' + '\u0300'.repeat(40)).repeat(40);
    const result = truncateCharacters(stacked, 40);

    expect(result.truncated).toBe(false);
    expect(result.text).toBe(stacked);
  });

  it('cuts a megabyte to the limit', () => {
    const result = truncateCharacters('Log line that repeats. '.repeat(46_000), 5000);

    expect(result.truncated).toBe(true);
    expect(result.text).toHaveLength(5000);
  });
});
