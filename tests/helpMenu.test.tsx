import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import type { FormOptions, TicketClient } from '../src/client/types';
import { HelpMenu, type HelpMenuProps } from '../src/help-menu';
import { SupportProvider } from '../src/provider';

const formOptions: FormOptions = {
  ticketTypes: ['bug', 'service-request', 'feature'],
  categories: [
    { id: 'reports', label: 'Reports' },
    { id: 'other', label: 'Other', other: true },
  ],
  attachments: { maxFileSize: 10 * 1024 * 1024, maxFiles: 5, accept: [] },
  limits: { titleMaxLength: 120, descriptionMaxLength: 5000, commentMaxLength: 5000 },
};

/** Creates a client that serves the form and rejects the rest, which these tests never call. */
function createTestClient(): TicketClient {
  const unavailable = () =>
    Promise.reject(new TicketClientError('unavailable', { message: 'not in this test' }));

  return {
    getFormOptions: () => Promise.resolve(formOptions),
    createTicket: unavailable,
    listMyTickets: () => Promise.resolve({ tickets: [], nextCursor: null }),
    getTicket: unavailable,
    addComment: unavailable,
    addParticipant: unavailable,
    getAccess: () => Promise.resolve({ status: 'enabled' }),
  };
}

function renderMenu(props: Partial<HelpMenuProps> = {}) {
  const user = userEvent.setup();
  const handlers = { onOpenHelpbot: vi.fn(), onOpenMyTickets: vi.fn() };
  const result = render(
    <HelpMenu
      client={createTestClient()}
      role="admin"
      helpCenterUrl="https://help.example.com/"
      {...handlers}
      {...props}
    />,
  );

  return { user, ...handlers, ...result };
}

/** A host page that opens the ticket dialog from its own button, through `createTicketOpen`. */
function HostWithReportButton({ hideButtonWhileOpen = false }: { hideButtonWhileOpen?: boolean }) {
  const [createTicketOpen, setCreateTicketOpen] = useState(false);

  return (
    <>
      {hideButtonWhileOpen && createTicketOpen ? null : (
        <button type="button" onClick={() => setCreateTicketOpen(true)}>
          Report a problem
        </button>
      )}
      <HelpMenu
        client={createTestClient()}
        role="admin"
        createTicketOpen={createTicketOpen}
        onCreateTicketOpenChange={setCreateTicketOpen}
      />
    </>
  );
}

const trigger = (name: string | RegExp = 'Help and support') =>
  screen.getByRole('button', { name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<HelpMenu />', () => {
  it('names the button for assistive technology', () => {
    renderMenu();

    expect(trigger()).toBeInTheDocument();
    expect(trigger()).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists the four items in order', async () => {
    const { user } = renderMenu();

    await user.click(trigger());

    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.getAttribute('data-item'))).toEqual([
      'helpbot',
      'help-center',
      'create-ticket',
      'my-tickets',
    ]);
    expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /^Help Center/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /^Create support ticket/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /^My tickets/ })).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveAttribute('data-rst');
  });

  it('puts a description under each label', async () => {
    const { user } = renderMenu();

    await user.click(trigger());

    expect(screen.getByRole('menuitem', { name: /^Help Center/ })).toHaveTextContent(
      'Guides and how-tos, in a new tab',
    );
  });

  describe('keyboard', () => {
    it('opens with Enter and focuses the first item', async () => {
      const { user } = renderMenu();

      trigger().focus();
      await user.keyboard('{Enter}');

      const menu = await screen.findByRole('menu');
      expect(menu).toBeVisible();
      await waitFor(() =>
        expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toHaveFocus(),
      );
    });

    it('opens with Space', async () => {
      const { user } = renderMenu();
      const button = trigger();

      button.focus();
      await user.keyboard(' ');

      expect(await screen.findByRole('menu')).toBeInTheDocument();
      expect(button).toHaveAttribute('aria-expanded', 'true');
    });

    it('moves between items with the arrow keys', async () => {
      const { user } = renderMenu();

      trigger().focus();
      await user.keyboard('{Enter}');
      await waitFor(() =>
        expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toHaveFocus(),
      );

      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('menuitem', { name: /^Help Center/ })).toHaveFocus();

      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('menuitem', { name: /^Create support ticket/ })).toHaveFocus();

      await user.keyboard('{ArrowUp}{ArrowUp}');
      expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toHaveFocus();
    });

    it('closes with Escape and returns focus to the button', async () => {
      const { user } = renderMenu();

      trigger().focus();
      await user.keyboard('{Enter}');
      await screen.findByRole('menu');

      await user.keyboard('{Escape}');

      await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
      await waitFor(() => expect(trigger()).toHaveFocus());
    });
  });

  describe('prop: helpCenterUrl', () => {
    it('opens the Help Center in a new tab without opener access', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const { user } = renderMenu();

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Help Center/ }));

      expect(open).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledWith(
        'https://help.example.com/',
        '_blank',
        'noopener,noreferrer',
      );
    });

    it('resolves a relative address against the page', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const { user } = renderMenu({ helpCenterUrl: '/help' });

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Help Center/ }));

      expect(open).toHaveBeenCalledWith(
        new URL('/help', document.baseURI).href,
        '_blank',
        'noopener,noreferrer',
      );
    });

    it('hides the item for an address that is not http or https', async () => {
      const { user } = renderMenu({ helpCenterUrl: 'javascript:alert(1)' });

      await user.click(trigger());

      expect(screen.queryByRole('menuitem', { name: /^Help Center/ })).not.toBeInTheDocument();
    });
  });

  describe('host callbacks', () => {
    it('calls onOpenHelpbot once the menu has closed', async () => {
      const { user, onOpenHelpbot } = renderMenu();

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^AI helpbot/ }));

      await waitFor(() => expect(onOpenHelpbot).toHaveBeenCalledTimes(1));
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });

    it('calls onOpenMyTickets when chosen with the keyboard', async () => {
      const { user, onOpenMyTickets } = renderMenu();

      trigger().focus();
      await user.keyboard('{Enter}');
      await waitFor(() =>
        expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toHaveFocus(),
      );
      await user.keyboard('{End}{Enter}');

      await waitFor(() => expect(onOpenMyTickets).toHaveBeenCalledTimes(1));
    });

    it('lets the host move focus away from the button', async () => {
      const onOpenHelpbot = vi.fn(() => document.getElementById('helpbot-input')?.focus());
      const user = userEvent.setup();
      render(
        <>
          <HelpMenu client={createTestClient()} role="admin" onOpenHelpbot={onOpenHelpbot} />
          <input id="helpbot-input" aria-label="Ask the helpbot" />
        </>,
      );

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^AI helpbot/ }));

      await waitFor(() => expect(onOpenHelpbot).toHaveBeenCalled());
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.getByRole('textbox', { name: 'Ask the helpbot' })).toHaveFocus();
    });

    it('hides the items whose callback or address is absent', async () => {
      const user = userEvent.setup();
      render(<HelpMenu client={createTestClient()} role="admin" />);

      await user.click(trigger());

      expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
        expect.stringContaining('Create support ticket'),
      ]);
      expect(screen.queryByRole('separator')).not.toBeInTheDocument();
    });
  });

  describe('create support ticket', () => {
    it('opens the ticket dialog', async () => {
      const { user } = renderMenu();

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));

      expect(await screen.findByRole('dialog', {}, { timeout: 3000 })).toBeInTheDocument();
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });

    it('returns focus to the button on close', async () => {
      const onCreateTicketOpenChange = vi.fn();
      const { user } = renderMenu({ onCreateTicketOpenChange });

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));
      await screen.findByRole('dialog', {}, { timeout: 3000 });
      expect(onCreateTicketOpenChange).toHaveBeenLastCalledWith(true);

      await user.keyboard('{Escape}');

      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(onCreateTicketOpenChange).toHaveBeenLastCalledWith(false);
      await waitFor(() => expect(trigger()).toHaveFocus());
    });

    it('leaves the page clickable after closing', async () => {
      const { user } = renderMenu();

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));
      await screen.findByRole('dialog', {}, { timeout: 3000 });
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

      expect(document.body.style.pointerEvents).not.toBe('none');
      await user.click(trigger());
      expect(await screen.findByRole('menu')).toBeInTheDocument();
    });

    it('closes the dialog before opening the helpbot from it', async () => {
      const { user, onOpenHelpbot } = renderMenu();

      await user.click(trigger());
      await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));
      const dialog = await screen.findByRole('dialog', {}, { timeout: 3000 });
      await user.click(await within(dialog).findByRole('button', { name: 'Ask the AI helpbot' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() => expect(onOpenHelpbot).toHaveBeenCalledTimes(1));
    });

    it('opens the dialog from code with createTicketOpen', async () => {
      const user = userEvent.setup();
      render(<HostWithReportButton />);

      await user.click(screen.getByRole('button', { name: 'Report a problem' }));
      expect(await screen.findByRole('dialog', {}, { timeout: 3000 })).toBeInTheDocument();

      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Report a problem' })).toHaveFocus(),
      );
    });

    it('focuses the button when the opener is gone', async () => {
      const user = userEvent.setup();
      render(<HostWithReportButton hideButtonWhileOpen />);

      await user.click(screen.getByRole('button', { name: 'Report a problem' }));
      await screen.findByRole('dialog', {}, { timeout: 3000 });
      expect(screen.queryByRole('button', { name: 'Report a problem' })).not.toBeInTheDocument();

      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() => expect(trigger()).toHaveFocus());
    });

    it('starts open with defaultCreateTicketOpen', async () => {
      renderMenu({ defaultCreateTicketOpen: true });

      expect(await screen.findByRole('dialog', {}, { timeout: 3000 })).toBeInTheDocument();
    });
  });

  describe('prop: badgeCount', () => {
    it('shows the count and puts it in the accessible name', () => {
      renderMenu({ badgeCount: 2 });

      const button = trigger('Help and support, 2 updated tickets');
      expect(button).toHaveTextContent('2');
      expect(button).toHaveAttribute('data-has-badge');
    });

    it('uses the singular for one ticket', () => {
      renderMenu({ badgeCount: 1 });

      expect(trigger('Help and support, 1 updated ticket')).toBeInTheDocument();
    });

    it('caps the visible number at 99+', () => {
      renderMenu({ badgeCount: 140 });

      expect(trigger('Help and support, 140 updated tickets')).toHaveTextContent('99+');
    });

    it('shows no badge at 0', () => {
      renderMenu({ badgeCount: 0 });

      expect(trigger()).not.toHaveAttribute('data-has-badge');
      expect(trigger()).toHaveTextContent('');
    });
  });

  describe('prop: open', () => {
    it('follows the controlled value and reports changes', async () => {
      const onOpenChange = vi.fn();
      const { user, rerender } = renderMenu({ open: true, onOpenChange });

      expect(screen.getByRole('menu')).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('menu')).toBeInTheDocument();

      rerender(<HelpMenu client={createTestClient()} role="admin" open={false} />);
      await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    });

    it('starts open with defaultOpen', () => {
      renderMenu({ defaultOpen: true });

      expect(screen.getByRole('menu')).toBeInTheDocument();
    });
  });

  describe('prop: messages', () => {
    it('replaces texts from props and from SupportProvider', async () => {
      const user = userEvent.setup();
      render(
        <SupportProvider
          client={createTestClient()}
          role="member"
          messages={{ helpMenuTrigger: 'Hilfe und Support' }}
        >
          <HelpMenu messages={{ helpMenuCreateTicket: 'Ticket erstellen' }} />
        </SupportProvider>,
      );

      await user.click(screen.getByRole('button', { name: 'Hilfe und Support' }));

      expect(screen.getByRole('menuitem', { name: /^Ticket erstellen/ })).toBeInTheDocument();
    });
  });

  it('names the missing provider when there is no client', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    expect(() => render(<HelpMenu role="admin" />)).toThrow(/<HelpMenu> has no ticket client/);
  });
});
