import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { useState } from 'react';
import { createMemoryTicketClient } from '../src/client/memory';
import { HelpMenu } from '../src/help-menu';

const meta = {
  title: 'Components/HelpMenu',
  component: HelpMenu,
  args: {
    role: 'admin',
    helpCenterUrl: 'https://help.example.com/',
    onOpenHelpbot: fn(),
    onOpenMyTickets: fn(),
    onCreated: fn(),
    onOpenChange: fn(),
    onCreateTicketOpenChange: fn(),
  },
  // Each story gets its own backend, so tickets created in one do not show in another.
  loaders: [() => ({ client: createMemoryTicketClient({ supportActivity: false, latency: 150 }) })],
  render: (args, { loaded }) => (
    <div className="help-menu-story-bar">
      <HelpMenu client={loaded.client} {...args} />
    </div>
  ),
  decorators: [
    (Story) => (
      <>
        <style>{`.help-menu-story-bar { display: flex; justify-content: flex-end; width: 420px;
          padding: 12px 16px; border-bottom: 1px solid var(--rst-color-border);
          color: var(--rst-color-text); }`}</style>
        <Story />
      </>
    ),
  ],
  parameters: { layout: 'centered' },
} satisfies Meta<typeof HelpMenu>;

export default meta;

type Story = StoryObj<typeof meta>;

const findTrigger = (canvasElement: HTMLElement, name: string | RegExp = 'Help and support') =>
  within(canvasElement).findByRole('button', { name });

/** The menu open with its four items. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await findTrigger(canvasElement));

    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');

    await expect(items.map((item) => item.getAttribute('data-item'))).toEqual([
      'helpbot',
      'help-center',
      'create-ticket',
      'my-tickets',
    ]);
    // The menu fades in, so it counts as visible only after its first frames.
    await waitFor(() => expect(menu).toBeVisible());
    await expect(within(menu).getByRole('menuitem', { name: /^AI helpbot/ })).toBeVisible();
  },
};

/** Opening, moving and closing with the keyboard only. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = await findTrigger(canvasElement);

    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('menu');
    await waitFor(() =>
      expect(screen.getByRole('menuitem', { name: /^AI helpbot/ })).toHaveFocus(),
    );

    await userEvent.keyboard('{ArrowDown}');
    await expect(screen.getByRole('menuitem', { name: /^Help Center/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(screen.getByRole('menuitem', { name: /^My tickets/ })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());

    await userEvent.keyboard(' ');
    await screen.findByRole('menu');
    await userEvent.keyboard('{End}{Enter}');
    await waitFor(() => expect(args.onOpenMyTickets).toHaveBeenCalledTimes(1));
    await expect(trigger).toHaveFocus();
  },
};

/** The Help Center opens in a new tab that gets no handle on this window. */
export const OpensHelpCenter: Story = {
  play: async ({ canvasElement }) => {
    const open = spyOn(window, 'open').mockReturnValue(null);

    try {
      await userEvent.click(await findTrigger(canvasElement));
      await userEvent.click(await screen.findByRole('menuitem', { name: /^Help Center/ }));

      await expect(open).toHaveBeenCalledWith(
        'https://help.example.com/',
        '_blank',
        'noopener,noreferrer',
      );
    } finally {
      open.mockRestore();
    }
  },
};

/** Creating a ticket from the menu; focus and clicks come back to the page afterwards. */
export const OpensCreateTicket: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = await findTrigger(canvasElement);

    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Create support ticket/ }));

    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    const form = within(dialog);

    await userEvent.click(await form.findByRole('radio', { name: /Report bug or problem/ }));
    await userEvent.type(form.getByRole('textbox', { name: 'Title' }), 'Export fails');
    await userEvent.selectOptions(form.getByRole('combobox', { name: /Feature category/ }), [
      'Reports',
    ]);
    await userEvent.type(
      form.getByRole('textbox', { name: /Description/ }),
      'The CSV export of the monthly report stops at 50%.',
    );
    await userEvent.click(form.getByRole('button', { name: 'Create ticket' }));

    await form.findByText('Ticket created', {}, { timeout: 5000 });
    await expect(form.getByText(/HELP-\d+/)).toBeInTheDocument();
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1));

    await userEvent.click(form.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(document.body.style.pointerEvents).not.toBe('none');

    // A real click, not a synthetic event: it fails if the page still ignores the pointer.
    await userEvent.click(trigger);
    await expect(await screen.findByRole('menu')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  },
};

/** The host opens the ticket form from its own button through `createTicketOpen`. */
export const OpenedFromHostButton: Story = {
  render: function Render(args, { loaded }) {
    const [createTicketOpen, setCreateTicketOpen] = useState(false);

    return (
      <div className="help-menu-story-bar">
        <button
          type="button"
          data-rst=""
          data-slot="button"
          onClick={() => setCreateTicketOpen(true)}
        >
          Report a problem
        </button>
        <HelpMenu
          client={loaded.client}
          {...args}
          createTicketOpen={createTicketOpen}
          onCreateTicketOpenChange={(next) => {
            args.onCreateTicketOpenChange?.(next);
            setCreateTicketOpen(next);
          }}
          createTicketDefaultValues={{ type: 'bug', title: 'Dashboard charts stay empty' }}
        />
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const reportButton = await within(canvasElement).findByRole('button', {
      name: 'Report a problem',
    });

    await userEvent.click(reportButton);

    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });

    await expect(await within(dialog).findByRole('textbox', { name: 'Title' })).toHaveValue(
      'Dashboard charts stay empty',
    );

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(args.onCreateTicketOpenChange).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(reportButton).toHaveFocus());
  },
};

/** Two tickets changed since the user last looked. */
export const WithBadge: Story = {
  args: { badgeCount: 2 },
  play: async ({ canvasElement }) => {
    const trigger = await findTrigger(canvasElement, 'Help and support, 2 updated tickets');

    await expect(trigger).toHaveTextContent('2');
  },
};

/** Members see the item too, and the dialog sends them to an admin. */
export const Member: Story = {
  args: { role: 'member' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await findTrigger(canvasElement));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Create support ticket/ }));

    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });

    await expect(
      await within(dialog).findByText(/Ask your admin to create one/),
    ).toBeInTheDocument();
    await expect(within(dialog).queryByRole('button', { name: 'Create ticket' })).toBeNull();
  },
};

/** Without a helpbot or a My tickets page, the menu shrinks to what the host offers. */
export const WithoutHostPages: Story = {
  args: { onOpenHelpbot: undefined, onOpenMyTickets: undefined },
  play: async ({ canvasElement }) => {
    await userEvent.click(await findTrigger(canvasElement));

    const menu = await screen.findByRole('menu');

    await expect(within(menu).getAllByRole('menuitem')).toHaveLength(2);
    await expect(within(menu).queryByRole('menuitem', { name: /^AI helpbot/ })).toBeNull();
  },
};
