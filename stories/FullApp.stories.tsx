import type { Meta, StoryObj } from '@storybook/react-vite';
import { useArgs } from 'storybook/preview-api';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import type { UserRole } from '../src/client/types';
import { useState } from 'react';
import { AcmeApp, type AcmeAppProps } from './demo/AcmeApp';
import {
  COLLEAGUE_TICKET_TITLE,
  createDemoClient,
  type DemoClientOptions,
} from './demo/demoClient';

/** Options of the story's backend, read by the loader so each story renders with a fresh client. */
interface DemoParameters {
  demoClient?: DemoClientOptions;
}

/**
 * Keeps the role picked in the top bar, and follows the `role` control when it changes. The
 * control itself follows the top bar only where Storybook applies `updateArgs`, which the test
 * runner does not.
 */
function FullAppStory(props: AcmeAppProps) {
  const [role, setRole] = useState(props.role);
  const [controlRole, setControlRole] = useState(props.role);

  if (props.role !== controlRole) {
    setControlRole(props.role);
    setRole(props.role);
  }

  const handleRoleChange = (next: UserRole) => {
    setRole(next);
    props.onRoleChange(next);
  };

  return <AcmeApp {...props} role={role} onRoleChange={handleRoleChange} />;
}

const meta = {
  title: 'Demo/Full app',
  component: AcmeApp,
  parameters: {
    layout: 'fullscreen',
    demoClient: { persistKey: 'acme-compliance-demo' } satisfies DemoClientOptions,
  },
  args: {
    role: 'admin',
    helpCenterUrl: 'https://help.example.com/acme-compliance',
    pollInterval: 3000,
    onCreated: fn(),
    onRoleChange: fn(),
  },
  argTypes: {
    role: { control: 'inline-radio', options: ['admin', 'account-admin', 'member'] },
    client: { table: { disable: true } },
  },
  loaders: [
    ({ parameters }) => ({
      client: createDemoClient((parameters as DemoParameters).demoClient),
    }),
  ],
  render: function Render(args, { loaded }) {
    const [, updateArgs] = useArgs();

    return (
      <FullAppStory
        {...args}
        client={loaded.client}
        onRoleChange={(role) => {
          args.onRoleChange(role);
          updateArgs({ role });
        }}
      />
    );
  },
} satisfies Meta<typeof AcmeApp>;

export default meta;

type Story = StoryObj<typeof AcmeApp>;

/**
 * The demo product to click through, with a backend kept in localStorage so tickets survive a
 * reload. The support team picks a new ticket up after 4 s and replies after 8 s.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const helpButton = await canvas.findByRole('button', { name: /^Help and support/ });

    // Reads only, so the demo's saved tickets stay as the visitor left them.
    await expect(canvas.getByRole('navigation', { name: 'Main' })).toContainElement(
      canvas.getByRole('link', { name: 'Dashboard' }),
    );
    await expect(helpButton).toBeVisible();
  },
};

/** The same product in the dark theme. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  parameters: { demoClient: { latency: 150 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);

    await userEvent.click(await canvas.findByRole('button', { name: /^Help and support/ }));

    const menu = await screen.findByRole('menu');

    await expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    // Dark tokens apply inside the portalled menu too, not only in the page.
    await expect(getComputedStyle(menu).backgroundColor).not.toBe('rgb(255, 255, 255)');
  },
};

/** My tickets lists the user's own tickets, and not the one a colleague filed. */
export const ColleagueTicketHidden: Story = {
  parameters: { demoClient: { latency: 150 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);

    await userEvent.click(await canvas.findByRole('button', { name: /^Help and support/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^My tickets/ }));

    await expect(
      await canvas.findByRole(
        'button',
        { name: /AWS evidence collection fails/ },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(canvas.queryByText(COLLEAGUE_TICKET_TITLE)).toBeNull();
  },
};

/** The same product for a member, who may read tickets but not create them. */
export const Member: Story = {
  args: { role: 'member' },
  parameters: { demoClient: { latency: 150 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);

    await userEvent.click(await canvas.findByRole('button', { name: /^Help and support/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Create support ticket/ }));

    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });

    const notice = await within(dialog).findByText(/Ask your admin/);

    // The dialog fades in, so it counts as visible only after its first frames.
    await waitFor(() => expect(notice).toBeVisible());
  },
};

/** Switching the role in the top bar applies at once to the help menu and its dialog. */
export const RoleSwitch: Story = {
  parameters: { demoClient: { latency: 150 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Demo role' }), 'member');
    await waitFor(() => expect(args.onRoleChange).toHaveBeenCalledWith('member'));

    await userEvent.click(await canvas.findByRole('button', { name: /^Help and support/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Create support ticket/ }));

    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });

    const notice = await within(dialog).findByText(/Ask your admin/);

    // The dialog fades in, so it counts as visible only after its first frames.
    await waitFor(() => expect(notice).toBeVisible());
  },
};

const TICKET_TITLE = 'Evidence export stops at 50 percent';
const REPLY_TEXT = 'It started on Monday, for every user of our account.';
const COLLEAGUE_EMAIL = 'priya.shah@acme-demo.example';

/**
 * The whole product, end to end: create a ticket with a screenshot from the help menu, find it
 * under My tickets, read the support reply, reply to it and add a colleague.
 */
export const CreateAndFollowTicket: Story = {
  args: { pollInterval: 300 },
  parameters: { demoClient: { replyAfterMs: 300, latency: 50 } },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: /^Help and support/ });

    await step('open the ticket form from the help menu', async () => {
      await userEvent.click(trigger);
      await userEvent.click(
        await screen.findByRole('menuitem', { name: /^Create support ticket/ }),
      );
      await screen.findByRole('dialog', { name: /^Create support ticket/ }, { timeout: 5000 });
    });

    await step('fill in the form and attach a screenshot', async () => {
      const dialog = screen.getByRole('dialog', { name: /^Create support ticket/ });
      const form = within(dialog);

      await userEvent.click(
        await form.findByRole('radio', { name: /Report bug or problem/ }, { timeout: 5000 }),
      );
      await userEvent.type(form.getByRole('textbox', { name: 'Title' }), TICKET_TITLE);
      await userEvent.selectOptions(form.getByRole('combobox', { name: /Feature category/ }), [
        'Evidence collection',
      ]);
      await userEvent.type(
        form.getByRole('textbox', { name: 'Description' }),
        'Exporting the evidence of CC7.2 stops at 50 percent without an error message.',
      );

      const fileInput = dialog.querySelector<HTMLInputElement>('input[type="file"]');

      await expect(fileInput).not.toBeNull();
      await userEvent.upload(
        fileInput as HTMLInputElement,
        new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], 'screenshot.png', {
          type: 'image/png',
        }),
      );
      await expect(await form.findByText('screenshot.png')).toBeVisible();
    });

    await step('create the ticket and read its key', async () => {
      const dialog = screen.getByRole('dialog', { name: /^Create support ticket/ });

      await userEvent.click(within(dialog).getByRole('button', { name: 'Create ticket' }));
      await within(dialog).findByText('Ticket created', {}, { timeout: 5000 });
      await expect(within(dialog).getByText(/ACME-\d+/)).toBeVisible();
      await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1));

      await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() => expect(trigger).toHaveFocus());
    });

    await step('find the ticket under My tickets', async () => {
      await userEvent.click(trigger);
      await userEvent.click(await screen.findByRole('menuitem', { name: /^My tickets/ }));

      await expect(
        await canvas.findByRole('button', { name: new RegExp(TICKET_TITLE) }, { timeout: 5000 }),
      ).toBeVisible();
      await expect(canvas.queryByText(COLLEAGUE_TICKET_TITLE)).toBeNull();
    });

    await step('open it and wait for the support reply', async () => {
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(TICKET_TITLE) }));

      await expect(
        await canvas.findByText(/your customer success manager/, {}, { timeout: 10000 }),
      ).toBeVisible();
      await expect(canvas.getByText('screenshot.png')).toBeVisible();
    });

    await step('reply and add a colleague', async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Reply' }), REPLY_TEXT);
      await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));
      await expect(await canvas.findByText(REPLY_TEXT, {}, { timeout: 5000 })).toBeVisible();

      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Colleague’s e-mail' }),
        COLLEAGUE_EMAIL,
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Add' }));
      await expect(
        await canvas.findByText(
          COLLEAGUE_EMAIL,
          { selector: ':not([role="status"])' },
          {
            timeout: 5000,
          },
        ),
      ).toBeVisible();
      await expect(canvas.getByText(REPLY_TEXT)).toBeVisible();
    });
  },
};
