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

/** Closing with input shows the discard question, and Keep editing refocuses the last field. */
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
    await expect(body.getByText(/description can be at most 5000 characters/)).toBeVisible();
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
    // The test runner applies the story's viewport; without it this story would prove nothing.
    await expect(window.innerWidth).toBe(320);
    await expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);

    const body = dialog.querySelector<HTMLElement>('[data-slot="create-ticket-body"]')!;

    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/**
 * At 200% zoom a 1280 × 720 window is 640 × 360 CSS pixels: the dialog fits, its body scrolls, and
 * the Create ticket button stays in view.
 */
export const Zoom200: Story = {
  parameters: {
    viewport: {
      options: {
        zoom200: { name: '1280 × 720 at 200%', styles: { width: '640px', height: '360px' } },
      },
    },
  },
  globals: { viewport: { value: 'zoom200', isRotated: false } },
  play: async () => {
    const dialog = await findDialog();

    await within(dialog).findByRole('textbox', { name: 'Title' });
    await expect(window.innerHeight).toBe(360);

    const box = dialog.getBoundingClientRect();
    const createButton = within(dialog).getByRole('button', { name: 'Create ticket' });
    const buttonBox = createButton.getBoundingClientRect();

    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(buttonBox.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(buttonBox.top).toBeGreaterThanOrEqual(0);
  },
};

/** Removing files from the keyboard moves focus to the next file, the previous one, then the drop zone. */
export const AttachmentsRemovedByKeyboard: Story = {
  play: async () => {
    const dialog = await findDialog();
    const body = within(dialog);

    await body.findByRole('textbox', { name: 'Title' });
    await userEvent.upload(fileInput(dialog), [
      new File(['a'], 'first.log', { type: 'text/plain' }),
      new File(['b'], 'second.log', { type: 'text/plain' }),
      new File(['c'], 'third.log', { type: 'text/plain' }),
    ]);

    body.getByRole('button', { name: 'Remove second.log' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(body.getByRole('button', { name: 'Remove third.log' })).toHaveFocus(),
    );

    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(body.getByRole('button', { name: 'Remove first.log' })).toHaveFocus(),
    );

    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(dialog.querySelector('[data-slot="create-ticket-dropzone"]')).toHaveFocus(),
    );
  },
};

/** After a lost response, an edited draft warns that the first attempt may have created a ticket. */
export const EditedAfterLostResponse: Story = {
  loaders: [
    () => ({
      client: createMemoryTicketClient({
        supportActivity: false,
        latency: 100,
        failures: { createTicket: { error: 'timeout', times: 1, phase: 'response' } },
      }),
    }),
  ],
  play: async () => {
    const body = await fillForm('CSV export stops');

    await userEvent.click(body.getByRole('button', { name: 'Create ticket' }));
    await body.findByRole('button', { name: 'Retry' }, { timeout: 3000 });
    await expect(body.queryByText(/may have created a ticket/)).not.toBeInTheDocument();

    await userEvent.type(body.getByRole('textbox', { name: 'Title' }), ' halfway');

    await expect(body.getByText(/may have created a ticket/)).toBeVisible();
    await expect(body.getByRole('button', { name: 'Create ticket' })).toHaveAccessibleDescription(
      /may have created a ticket/,
    );
  },
};

/** Form options that break the form show an error view in the dialog, and the page stays. */
export const FormRenderFailed: Story = {
  loaders: [
    () => {
      const client = createMemoryTicketClient({ supportActivity: false });

      return {
        client: Object.assign(Object.create(client) as TicketClient, {
          getFormOptions: async () => ({
            ...(await client.getFormOptions()),
            categories: [null],
          }),
        }),
      };
    },
  ],
  play: async () => {
    const body = within(await findDialog());

    await expect(await body.findByText(/ticket form could not be shown/)).toBeVisible();
    await expect(body.getByRole('button', { name: 'Retry' })).toBeVisible();
    await userEvent.click(body.getAllByRole('button', { name: 'Close' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  },
};

/** A draft restored after a reload names the files that were attached before it. */
export const AttachmentsLostOnReload: Story = {
  loaders: [
    (context) => {
      const items = new Map<string, string>([
        [
          `react-support-tickets:draft:${context.id}`,
          JSON.stringify({
            type: 'bug',
            title: 'CSV export stops halfway',
            categoryId: '',
            otherCategory: '',
            description: 'The file ends at row 500.',
            attachmentNames: ['export-trace.log', 'screenshot-2026-12-04-1612.png'],
          }),
        ],
      ]);

      return {
        client: createMemoryTicketClient({ supportActivity: false, latency: 100 }),
        storage: {
          getItem: (key: string) => items.get(key) ?? null,
          setItem: (key: string, value: string) => void items.set(key, value),
          removeItem: (key: string) => void items.delete(key),
        },
      };
    },
  ],
  render: (args, { loaded, id }) => (
    <CreateTicketDialog
      {...args}
      client={loaded.client}
      draftKey={id}
      draftStorage={loaded.storage}
    />
  ),
  play: async () => {
    const body = within(await findDialog());
    const notice = await body.findByText(/2 files were attached before the page reloaded/);

    await expect(notice).toBeVisible();
    await expect(body.getByText('export-trace.log')).toBeVisible();
    await userEvent.click(body.getByRole('button', { name: 'Dismiss' }));
    await expect(body.queryByText(/before the page reloaded/)).not.toBeInTheDocument();
  },
};
