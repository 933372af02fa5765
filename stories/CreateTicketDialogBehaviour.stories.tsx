import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryTicketClient } from '../src/client/memory';
import type { TicketClient } from '../src/client/types';
import { CreateTicketDialog, type CreateTicketDialogProps } from '../src/create-ticket-dialog';
import { HelpMenu } from '../src/help-menu';
import { fileInput, fillForm, findDialog } from './createTicketDialogStoryHelpers';

const meta = {
  title: 'Components/CreateTicketDialog/Behaviour',
  component: CreateTicketDialog,
  args: {
    role: 'admin',
    defaultOpen: true,
    helpCenterUrl: 'https://help.example.com/',
    onOpenHelpbot: fn(),
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

const firstRadio = () => screen.getByRole('radio', { name: /^Report bug or problem/ });

/** Opened from its own trigger: focus goes to the first field, then back to the trigger. */
export const OpenedFromTrigger: Story = {
  args: { defaultOpen: false, trigger: <button type="button">Contact support</button> },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Contact support' });

    await userEvent.click(trigger);
    await findDialog();
    await waitFor(() => expect(firstRadio()).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

/** Opened from the HelpMenu item: focus goes to the first field, then back to the "?" button. */
export const OpenedFromHelpMenu: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
      <HelpMenu
        client={loaded.client as TicketClient}
        role="admin"
        helpCenterUrl={args.helpCenterUrl}
        onOpenHelpbot={args.onOpenHelpbot}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const trigger = await within(canvasElement).findByRole('button', { name: 'Help and support' });

    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Create support ticket/ }));
    await findDialog();
    await waitFor(() => expect(firstRadio()).toHaveFocus(), { timeout: 3000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

function OpenedFromCodeDemo(props: CreateTicketDialogProps) {
  const [open, setOpen] = useState(false);

  return (
    <div style={{ padding: 16 }}>
      <button type="button" onClick={() => setOpen(true)}>
        Report a problem
      </button>
      <CreateTicketDialog {...props} open={open} onOpenChange={setOpen} />
    </div>
  );
}

/** Opened by the host's own button through `open`: focus still returns to that button. */
export const OpenedFromCode: Story = {
  render: (args, { loaded, id }) => (
    <OpenedFromCodeDemo {...args} client={loaded.client as TicketClient} draftKey={id} />
  ),
  play: async ({ canvasElement }) => {
    const opener = within(canvasElement).getByRole('button', { name: 'Report a problem' });

    await userEvent.click(opener);
    await findDialog();
    await waitFor(() => expect(firstRadio()).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(opener).toHaveFocus();
  },
};

/** Closing with input asks first; Keep editing returns to the field that had focus. */
export const DiscardQuestion: Story = {
  play: async () => {
    const body = within(await findDialog());
    const title = await body.findByRole('textbox', { name: 'Title' });

    await userEvent.type(title, 'Invoices show the wrong VAT');
    await userEvent.keyboard('{Escape}');

    const question = await body.findByRole('alertdialog', { name: 'Discard this draft?' });

    await expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await expect(title).toHaveFocus();
    await expect(title).toHaveValue('Invoices show the wrong VAT');

    await userEvent.click(document.querySelector<HTMLElement>('[data-slot$="-overlay"]')!);
    await expect(await body.findByRole('alertdialog')).toBeVisible();
  },
};

/** A kept draft, fields and files, is there again when the dialog reopens. */
export const DraftKeptOnReopen: Story = {
  args: { defaultOpen: false, trigger: <button type="button">Contact support</button> },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Contact support' });

    await userEvent.click(trigger);

    const body = await fillForm('Draft survives closing');

    await userEvent.upload(
      fileInput(await findDialog()),
      new File(['log'], 'app.log', { type: 'text/plain' }),
    );
    await userEvent.click(body.getByRole('button', { name: 'Close' }));
    await userEvent.click(await body.findByRole('button', { name: 'Keep draft and close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(trigger);

    const reopened = within(await findDialog());

    await expect(await reopened.findByRole('textbox', { name: 'Title' })).toHaveValue(
      'Draft survives closing',
    );
    await expect(reopened.getByText('app.log')).toBeVisible();
  },
};

/** Help articles that match the title appear under it, each opening in a new tab. */
export const HelpArticleSuggestions: Story = {
  play: async () => {
    const body = within(await findDialog());

    await userEvent.type(await body.findByRole('textbox', { name: 'Title' }), 'Export report');

    const region = await body.findByRole('region', { name: /may answer your question/ });
    const links = within(region).getAllByRole('link');

    await expect(links.length).toBeGreaterThan(0);
    await expect(links.length).toBeLessThanOrEqual(5);
    await expect(links[0]).toHaveAttribute('target', '_blank');
    await expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** A megabyte pasted into the description is cut to the limit at once, with a message. */
export const HugePaste: Story = {
  play: async () => {
    const body = within(await findDialog());
    const description = await body.findByRole('textbox', { name: 'Description' });

    await userEvent.click(description);

    const started = performance.now();

    await userEvent.paste('Log line that repeats. '.repeat(46_000));
    await expect(performance.now() - started).toBeLessThan(1500);
    await expect((description as HTMLTextAreaElement).value).toHaveLength(5000);
    await expect(
      body.getByText(/description was cut to its limit of 5000 characters/),
    ).toBeVisible();
  },
};

/** The type changes the description's hint and placeholder. */
export const DescriptionFollowsType: Story = {
  play: async () => {
    const body = within(await findDialog());
    const description = await body.findByRole('textbox', { name: 'Description' });

    await userEvent.click(body.getByRole('radio', { name: /^Service request/ }));
    await expect(description).toHaveAccessibleDescription(/what you need, for whom, and by when/);
    await userEvent.click(body.getByRole('radio', { name: /^Request feature/ }));
    await expect(description).toHaveAccessibleDescription(/problem the feature would solve/);
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const dialog = await findDialog();

    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(23, 26, 31)');
  },
};

/** On a phone-sized screen; nothing in the dialog scrolls sideways. */
export const Narrow: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async () => {
    const dialog = await findDialog();

    await within(dialog).findByRole('textbox', { name: 'Title' });
    await expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);

    const body = dialog.querySelector<HTMLElement>('[data-slot="create-ticket-body"]')!;

    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};
