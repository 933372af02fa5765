import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  createMemoryTicketClient,
  type MemoryTicketClientOptions,
  type MemoryTicketSeed,
} from '../src/client/memory';
import { MyTickets } from '../src/my-tickets';

const hostile = '<img src=x onerror="alert(1)">';

const ticket: MemoryTicketSeed = {
  id: 'ticket-1',
  key: 'HELP-42',
  title: 'Usage report totals differ from the dashboard',
  type: 'bug',
  categoryId: 'reports',
  description:
    'The usage report for October shows 1,204 active users, the dashboard shows 1,187.\n\n' +
    'Steps:\n1. Open Reports → Usage\n2. Pick October\n\n' +
    'Our status page (https://status.example.com/incidents/42) shows nothing. ' +
    'Questions to mailto:ops@example.com.',
  createdAt: '2026-11-01T09:00:00.000Z',
  statusHistory: [
    { status: { category: 'open', label: 'Waiting for support' }, at: '2026-11-01T09:00:00.000Z' },
    { status: { category: 'open', label: 'In review' }, at: '2026-11-01T13:20:00.000Z' },
    { status: { category: 'open', label: 'Escalated' }, at: '2026-11-02T10:05:00.000Z' },
    {
      status: { category: 'waiting-for-user', label: 'Waiting for you' },
      at: '2026-11-03T08:30:00.000Z',
    },
  ],
  attachments: [
    {
      id: 'file-1',
      name: 'usage-october.csv',
      size: 48_213,
      type: 'text/csv',
      url: 'https://files.example.com/usage-october.csv',
    },
    {
      id: 'file-2',
      name: 'dashboard.png',
      size: 1_532_044,
      type: 'image/png',
      url: 'https://files.example.com/dashboard.png',
    },
  ],
  comments: [
    {
      id: 'comment-1',
      body: 'Thanks, I am looking into it with the reports team.',
      author: { name: 'Jordan Lee' },
      fromSupport: true,
      createdAt: '2026-11-02T10:05:00.000Z',
      attachments: [],
    },
    {
      id: 'comment-2',
      body: 'Could you tell us the time zone of your account?',
      author: { name: 'Jordan Lee' },
      fromSupport: true,
      createdAt: '2026-11-03T08:30:00.000Z',
      attachments: [],
    },
  ],
  participants: [{ email: 'casey.kim@example.com', name: 'Casey Kim' }],
};

function storyClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    supportActivity: false,
    latency: 100,
    tickets: [ticket],
    ...options,
  });
}

type StoryClient = ReturnType<typeof storyClient>;

const meta = {
  title: 'MyTickets/Detail',
  component: MyTickets,
  parameters: { layout: 'padded' },
  args: {
    role: 'admin',
    locale: 'en-US',
    defaultTicketId: 'ticket-1',
    onTicketIdChange: fn(),
  },
  loaders: [() => ({ client: storyClient() })],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 1040, margin: '0 auto' }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
} satisfies Meta<typeof MyTickets>;

export default meta;

type Story = StoryObj<typeof meta>;

/** A ticket with attachments, links in its description, a support thread and a status history. */
export const Overview: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { level: 2, name: ticket.title });

    const description = canvas.getByRole('region', { name: 'Description' });

    await expect(
      within(description).getByRole('link', { name: /status\.example\.com/ }),
    ).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(
      within(description).getByRole('link', { name: /usage-october\.csv/ }),
    ).toHaveAttribute('target', '_blank');
    await expect(canvas.getAllByText('Support team')).toHaveLength(2);
    await expect(
      canvas.getByText(/customer success manager reviews your ticket first/),
    ).toBeVisible();
  },
};

/** Text from the ticket, its comments and file names shows as text, never as HTML. */
export const UnsafeContent: Story = {
  loaders: [
    () => ({
      client: storyClient({
        tickets: [
          {
            ...ticket,
            title: `Broken ${hostile}`,
            description: `Pasted ${hostile} and javascript:alert(1)`,
            attachments: [
              { id: 'f', name: hostile, size: 10, type: 'text/html', url: 'javascript:alert(1)' },
              {
                id: 'g',
                name: 'invoice\u202Egpj.exe',
                size: 10,
                type: '',
                url: 'https://files.example.com/invoice',
              },
            ],
          },
        ],
      }),
    }),
  ],
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('heading', { level: 2, name: `Broken ${hostile}` });
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvas.getByText(`Pasted ${hostile} and javascript:alert(1)`)).toBeVisible();
    await expect(canvas.queryByRole('link', { name: hostile })).toBeNull();
    // A right-to-left override would show this .exe file as "invoiceexe.jpg".
    await expect(canvas.getByRole('link', { name: /invoice/ })).toHaveTextContent(
      'invoice[U+202E]gpj.exe',
    );
  },
};

/** A reply: counted against the limit, sent once on a double click, shown in the thread. */
export const Reply: Story = {
  loaders: [() => ({ client: storyClient({ limits: { commentMaxLength: 200 } }) })],
  play: async ({ canvas, loaded }) => {
    const client = loaded.client as StoryClient;
    const box = await canvas.findByRole('textbox', { name: 'Reply' });

    await userEvent.type(box, 'Our account uses Europe/Berlin.');
    await expect(canvas.getByText('31 of 200 characters')).toBeVisible();
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Send reply' }));

    const thread = canvas.getByRole('region', { name: 'Comments' });

    await expect(await within(thread).findByText('Our account uses Europe/Berlin.')).toBeVisible();
    await expect((await client.getTicket('ticket-1')).comments).toHaveLength(3);
  },
};

/** Sending failed: the text stays and Retry sends it. */
export const ReplyFailed: Story = {
  loaders: [
    () => ({ client: storyClient({ failures: { addComment: { error: 'network', times: 1 } } }) }),
  ],
  play: async ({ canvas }) => {
    const box = await canvas.findByRole('textbox', { name: 'Reply' });

    await userEvent.type(box, 'Berlin time.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));

    const alert = await canvas.findByRole('alert');

    await expect(alert).toHaveTextContent('Your reply was not sent.');
    await expect(box).toHaveValue('Berlin time.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(box).toHaveValue(''));
  },
};

const replyFileRules = {
  maxFileSize: 2 * 1024 * 1024,
  maxFiles: 3,
  accept: ['image/*', 'text/plain', '.log'],
};

function replyFileInput(canvasElement: HTMLElement) {
  return canvasElement.querySelector<HTMLInputElement>(
    "[data-slot='my-tickets-reply'] input[type='file']",
  );
}

/** A reply with a file: chosen with Attach files, sent with the text, then shown in the thread. */
export const ReplyWithAttachments: Story = {
  loaders: [() => ({ client: storyClient({ commentAttachmentRules: replyFileRules }) })],
  play: async ({ canvas, canvasElement, loaded }) => {
    const client = loaded.client as StoryClient;
    const box = await canvas.findByRole('textbox', { name: 'Reply' });
    const log = new File(['2026-11-03 08:30 export started\n'], 'export.log', {
      type: 'text/plain',
    });

    await userEvent.type(box, 'The export log from this morning is attached.');
    await userEvent.upload(replyFileInput(canvasElement)!, log);

    const chosen = canvas.getByRole('list', { name: 'Files to send' });

    await expect(within(chosen).getByText('export.log')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));

    const thread = canvas.getByRole('region', { name: 'Comments' });
    const reply = await within(thread).findByRole('article', { name: 'Alex Morgan' });

    await expect(within(reply).getByRole('link', { name: /export\.log/ })).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'Files to send' })).toBeNull();
    await expect(box).toHaveValue('');

    const { comments } = await client.getTicket('ticket-1');

    await expect(comments.at(-1)?.attachments.map((file) => file.name)).toEqual(['export.log']);
  },
};

/** Files chosen for a reply: the accepted ones listed, the others with the reason for each. */
export const ReplyFilesChosen: Story = {
  loaders: [() => ({ client: storyClient({ commentAttachmentRules: replyFileRules }) })],
  play: async ({ canvas, canvasElement }) => {
    // The input's `accept` would make user-event drop the .exe before the component receives it.
    const user = userEvent.setup({ applyAccept: false });
    const box = await canvas.findByRole('textbox', { name: 'Reply' });

    await user.type(box, 'Screenshots of both screens are attached.');
    await user.upload(replyFileInput(canvasElement)!, [
      new File(['x'.repeat(184_000)], 'dashboard-october.png', { type: 'image/png' }),
      new File(['x'.repeat(96_500)], 'usage-report.png', { type: 'image/png' }),
      new File(['x'], 'setup.exe', { type: 'application/x-msdownload' }),
    ]);

    const chosen = canvas.getByRole('list', { name: 'Files to send' });

    await expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    await expect(
      canvas.getByText(/File type is not accepted\. Accepted types: image files, \.txt, \.log\./),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Attach files' })).toBeVisible();
  },
};

/** A client whose replies take no files: the reply box offers no attach button. */
export const ReplyWithoutFiles: Story = {
  loaders: [() => ({ client: storyClient({ commentAttachmentRules: null }) })],
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('textbox', { name: 'Reply' });
    await expect(canvas.queryByRole('button', { name: 'Attach files' })).toBeNull();
    await expect(replyFileInput(canvasElement)).toBeNull();
  },
};

/** A resolved ticket that takes no more replies. */
export const RepliesClosed: Story = {
  loaders: [
    () => ({
      client: storyClient({
        tickets: [
          {
            ...ticket,
            acceptsComments: false,
            status: { category: 'resolved', label: 'Closed' },
            statusHistory: [
              ...(ticket.statusHistory ?? []),
              { status: { category: 'resolved', label: 'Closed' }, at: '2026-11-05T09:00:00.000Z' },
            ],
          },
        ],
      }),
    }),
  ],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/takes no more replies/)).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Reply' })).toBeNull();
  },
};

/** Adding colleagues: checks in the browser first, then the backend's message next to the field. */
export const Participants: Story = {
  loaders: [
    () => ({
      client: storyClient({
        validateParticipant: (email) =>
          email.endsWith('@contractor.example') ? 'This person has no support account' : undefined,
      }),
    }),
  ],
  play: async ({ canvas, step }) => {
    const field = await canvas.findByRole('textbox', { name: 'Colleague’s e-mail' });
    const add = canvas.getByRole('button', { name: 'Add' });

    await step('reject the user’s own address', async () => {
      await userEvent.type(field, 'alex.morgan@example.com');
      await userEvent.click(add);
      await expect(canvas.getByText('You already get updates on your own ticket')).toBeVisible();
    });

    await step('show the backend’s message and keep the address', async () => {
      await userEvent.clear(field);
      await userEvent.type(field, 'lee@contractor.example');
      await userEvent.click(add);
      await expect(await canvas.findByText('This person has no support account')).toBeVisible();
      await expect(field).toHaveValue('lee@contractor.example');
    });

    await step('add and remove a colleague', async () => {
      await userEvent.clear(field);
      await userEvent.type(field, ' Dana.Fox@Example.com ');
      await userEvent.click(add);

      const panel = canvas.getByRole('region', { name: 'Participants' });

      await expect(await within(panel).findByText('dana.fox@example.com')).toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: 'Remove Casey Kim' }));
      await waitFor(() => expect(within(panel).queryByText('Casey Kim')).toBeNull());
    });
  },
};

/**
 * Removing colleagues with the keyboard: focus moves to the next remove button, else to the
 * previous one, else to the e-mail field, and never falls back to the page.
 */
export const ParticipantsRemoved: Story = {
  loaders: [
    () => ({
      client: storyClient({
        tickets: [
          {
            ...ticket,
            participants: [
              { email: 'casey.kim@example.com', name: 'Casey Kim' },
              { email: 'dana.fox@example.com', name: 'Dana Fox' },
              { email: 'lee.park@example.com', name: 'Lee Park' },
            ],
          },
        ],
      }),
    }),
  ],
  play: async ({ canvas, step }) => {
    const panel = await canvas.findByRole('region', { name: 'Participants' });
    const removeButton = (name: string) =>
      within(panel).getByRole('button', { name: `Remove ${name}` });

    await step('the next participant after the first one', async () => {
      removeButton('Casey Kim').focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(within(panel).queryByText('Casey Kim')).toBeNull());
      await waitFor(() => expect(removeButton('Dana Fox')).toHaveFocus());
    });

    await step('the previous participant after the last one', async () => {
      removeButton('Lee Park').focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(within(panel).queryByText('Lee Park')).toBeNull());
      await waitFor(() => expect(removeButton('Dana Fox')).toHaveFocus());
    });

    await step('the e-mail field after the only one', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(within(panel).queryByText('Dana Fox')).toBeNull());
      await waitFor(() =>
        expect(within(panel).getByRole('textbox', { name: 'Colleague’s e-mail' })).toHaveFocus(),
      );
    });
  },
};

/** In a parent that shrinks to fit its content, the ticket title wraps by words, not by letters. */
export const ShrinkToFitParent: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'flex', justifyContent: 'center', width: 700 }}>
      <div>
        <MyTickets client={loaded.client as StoryClient} {...args} />
      </div>
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const title = await canvas.findByRole('heading', { level: 2, name: ticket.title });
    const root = canvasElement.querySelector("[data-slot='my-tickets']") as HTMLElement;
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);

    await expect(root.getBoundingClientRect().width).toBeGreaterThanOrEqual(280);
    // The 46-letter title takes a few lines at 280 px; one letter per line would take dozens.
    await expect(title.getBoundingClientRect().height).toBeLessThan(lineHeight * 5);
  },
};

/** With polling, a support reply appears while the user types, and the draft stays. */
export const LiveUpdate: Story = {
  // The shortest interval MyTickets accepts.
  args: { pollInterval: 5000 },
  play: async ({ canvas, loaded }) => {
    const client = loaded.client as StoryClient;
    const box = await canvas.findByRole('textbox', { name: 'Reply' });

    await userEvent.type(box, 'Draft in progress');
    client.simulateSupportReply('ticket-1', 'We found the cause: a time zone offset.');

    const thread = canvas.getByRole('region', { name: 'Comments' });

    await expect(
      await within(thread).findByText(/a time zone offset/, {}, { timeout: 8000 }),
    ).toBeVisible();
    await expect(box).toHaveValue('Draft in progress');
  },
};

/** While the ticket loads, focus waits on the Back button. */
export const Loading: Story = {
  loaders: [() => ({ client: storyClient({ latency: 600_000 }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading the ticket…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Back to my tickets/ })).toHaveFocus();
  },
};

/** A ticket that does not exist or belongs to someone else. */
export const NotFound: Story = {
  args: { defaultTicketId: 'someone-elses-ticket' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/does not exist/);
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

/** A ticket the user may not see. */
export const Forbidden: Story = {
  loaders: [() => ({ client: storyClient({ failures: { getTicket: 'forbidden' } }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You do not have permission');
  },
};

/** Loading failed; Retry loads the ticket. */
export const LoadFailed: Story = {
  loaders: [
    () => ({
      client: storyClient({ failures: { getTicket: { error: 'unavailable', times: 1 } } }),
    }),
  ],
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Retry' }));
    await expect(
      await canvas.findByRole('heading', { level: 2, name: ticket.title }),
    ).toBeVisible();
  },
};

/** The detail on a 375 px wide screen: one column. */
export const Narrow: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: 375 }}>
      <MyTickets client={loaded.client as StoryClient} {...args} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('heading', { level: 2 });

    const root = canvasElement.querySelector("[data-slot='my-tickets']") as HTMLElement;

    await expect(root.scrollWidth).toBeLessThanOrEqual(375);
  },
};

/** The detail in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 2 })).toBeVisible();
  },
};

/**
 * The backend sent a ticket the view cannot render: the failure stays inside the component, and
 * Retry shows the ticket once the data is fine.
 */
export const RenderFailed: Story = {
  loaders: [
    () => {
      const client = storyClient();
      let calls = 0;

      return {
        client: {
          ...client,
          // The first response has an object where the title text belongs.
          getTicket: async (...args: Parameters<StoryClient['getTicket']>) => {
            const loaded = await client.getTicket(...args);

            calls += 1;

            return calls === 1 ? { ...loaded, title: { text: loaded.title } as never } : loaded;
          },
        },
      };
    },
  ],
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');

    await expect(alert).toHaveTextContent('This ticket could not be shown.');
    await expect(within(alert).getByRole('button', { name: /Back to my tickets/ })).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(
      await canvas.findByRole('heading', { level: 2, name: ticket.title }),
    ).toBeVisible();
  },
};
