import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryTicketClient,
  type MemoryTicketClient,
  type MemoryTicketClientOptions,
} from '../src/client/memory';
import { TicketClientError } from '../src/client/errors';
import type { AttachmentRules, CommentInput } from '../src/client/types';
import { MyTickets } from '../src/my-tickets';

const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };

const replyRules: AttachmentRules = {
  maxFileSize: 4096,
  maxFiles: 3,
  accept: ['image/*', 'text/csv', '.log'],
};

function file(name: string, type: string, size = 10, lastModified = 1_700_000_000_000) {
  return new File(['x'.repeat(size)], name, { type, lastModified });
}

function createClient(options: MemoryTicketClientOptions = {}) {
  return createMemoryTicketClient({
    currentUser: me,
    tickets: [{ id: 't1', key: 'HELP-7', title: 'Report totals are wrong' }],
    supportActivity: false,
    commentAttachmentRules: replyRules,
    ...options,
  });
}

async function renderTicket(client: MemoryTicketClient = createClient()) {
  // The input's `accept` would make user-event drop the wrong types before the component gets them.
  const user = userEvent.setup({ applyAccept: false });

  render(<MyTickets client={client} role="admin" locale="en-US" defaultTicketId="t1" />);
  await screen.findByRole('heading', { level: 2 });

  return { client, user };
}

const replyBox = () => screen.getByRole('textbox', { name: 'Reply' });
const replyForm = () => replyBox().closest('form')!;
const attachButton = () => screen.getByRole('button', { name: 'Attach files' });
const fileInput = () => replyForm().querySelector<HTMLInputElement>('input[type="file"]')!;
const fileNotices = () =>
  replyForm().querySelector<HTMLElement>('[data-slot="my-tickets-reply-file-notices"]');
const fileList = () => screen.queryByRole('list', { name: 'Files to send' });

function listedNames(): string[] {
  const list = fileList();

  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('bdi')?.textContent ?? '')
    : [];
}

function rejectedReasons(): string[] {
  const heading = screen.queryByText('Not attached');
  const list = heading?.parentElement?.querySelector('ul');

  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '')
    : [];
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<MyTickets /> reply attachments', () => {
  it('lists chosen files with sizes', async () => {
    const { user } = await renderTicket();

    expect(fileInput()).toHaveAttribute('multiple');
    await user.upload(fileInput(), [file('totals.png', 'image/png', 2048), file('a.log', '')]);

    expect(listedNames()).toEqual(['totals.png', 'a.log']);

    const item = within(fileList()!).getAllByRole('listitem')[0]!;

    expect(within(item).getByText('2 kB')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Remove totals.png' })).toBeInTheDocument();
    expect(fileNotices()).toHaveTextContent('2 files attached.');
  });

  it('opens the file chooser from the keyboard', async () => {
    const { user } = await renderTicket();
    const click = vi.spyOn(fileInput(), 'click').mockImplementation(() => {});

    attachButton().focus();
    await user.keyboard('{Enter}');

    expect(click).toHaveBeenCalledTimes(1);
    expect(attachButton()).toHaveAccessibleDescription(
      'Up to 3 files of at most 4 kB each. You can also paste a screenshot into the reply.',
    );
  });

  it('rejects files singly with reasons', async () => {
    const { user } = await renderTicket();

    await user.upload(fileInput(), [
      file('ok.png', 'image/png'),
      file('tool.exe', 'application/x-msdownload'),
      file('huge.png', 'image/png', 5000),
      file('server.log', ''),
      file('export.csv', 'application/octet-stream'),
      file('fourth.png', 'image/png'),
    ]);

    expect(listedNames()).toEqual(['ok.png', 'server.log', 'export.csv']);
    expect(rejectedReasons()).toEqual([
      'tool.exe: File type is not accepted. Accepted types: image files, .csv, .log.',
      'huge.png: File is too large. Files can be at most 4 kB.',
      'fourth.png: Too many files. A reply can have at most 3 files.',
    ]);
  });

  it('lists a repeated file once', async () => {
    const { user } = await renderTicket();
    const notes = file('notes.log', 'text/plain');

    await user.upload(fileInput(), notes);
    await user.upload(fileInput(), notes);

    expect(listedNames()).toEqual(['notes.log']);
    expect(rejectedReasons()).toEqual(['notes.log: File is already attached.']);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(rejectedReasons()).toEqual([]);
  });

  it('moves focus on remove', async () => {
    const { user } = await renderTicket();

    await user.upload(fileInput(), [
      file('a.png', 'image/png'),
      file('b.png', 'image/png'),
      file('c.png', 'image/png'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove a.png' }));

    expect(listedNames()).toEqual(['b.png', 'c.png']);
    expect(screen.getByRole('button', { name: 'Remove b.png' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove c.png' }));

    expect(listedNames()).toEqual(['b.png']);
    expect(screen.getByRole('button', { name: 'Remove b.png' })).toHaveFocus();

    await user.keyboard('{Enter}');

    expect(fileList()).toBeNull();
    expect(attachButton()).toHaveFocus();
  });

  it('sends files and clears the box', async () => {
    const { client, user } = await renderTicket();
    const addComment = vi.spyOn(client, 'addComment');
    const screenshot = file('screen.png', 'image/png', 300);

    await user.type(replyBox(), 'Here is the screen.');
    await user.upload(fileInput(), screenshot);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const thread = screen.getByRole('region', { name: 'Comments' });
    const comment = await within(thread).findByRole('article', { name: me.name });
    const attachments = within(comment).getByRole('list', { name: 'Attachments' });

    expect(within(attachments).getByText('screen.png')).toBeInTheDocument();
    expect(addComment).toHaveBeenCalledTimes(1);
    expect(addComment.mock.calls[0]?.[1]).toEqual({
      body: 'Here is the screen.',
      attachments: [screenshot],
    });
    expect(replyBox()).toHaveValue('');
    expect(fileList()).toBeNull();
  });

  it('keeps files added while sending', async () => {
    const { user } = await renderTicket(createClient({ latency: 80 }));

    await user.type(replyBox(), 'First batch.');
    await user.upload(fileInput(), file('first.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await user.upload(fileInput(), file('second.png', 'image/png'));

    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(listedNames()).toEqual(['second.png']);
  });

  it('keeps text and files on failure', async () => {
    const client = createClient({ failures: { addComment: { error: 'network', times: 1 } } });
    const addComment = vi.spyOn(client, 'addComment');
    const { user } = await renderTicket(client);
    const log = file('server.log', '', 200);

    await user.type(replyBox(), 'Log attached.');
    await user.upload(fileInput(), log);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('Your reply was not sent. Your text and files are kept.');
    expect(replyBox()).toHaveValue('Log attached.');
    expect(listedNames()).toEqual(['server.log']);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(fileList()).toBeNull();
    expect(addComment).toHaveBeenCalledTimes(2);
    expect(addComment.mock.calls[1]?.[1]).toEqual({ body: 'Log attached.', attachments: [log] });

    const { comments } = await client.getTicket('t1');

    expect(comments).toHaveLength(1);
    expect(comments[0]?.attachments.map((attachment) => attachment.name)).toEqual(['server.log']);
  });

  it('posts once when Retry follows a lost response', async () => {
    const client = createClient({
      failures: { addComment: { error: 'timeout', times: 1, phase: 'response' } },
    });
    const addComment = vi.spyOn(client, 'addComment');
    const { user } = await renderTicket(client);

    await user.type(replyBox(), 'Did the file arrive?');
    await user.upload(fileInput(), file('proof.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }),
    );

    await waitFor(() => expect(fileList()).toBeNull());
    expect(addComment).toHaveBeenCalledTimes(1);
    expect((await client.getTicket('t1')).comments).toHaveLength(1);
  });

  it('shows the backend’s file error', async () => {
    // The backend can be stricter than the rules it gave in the form options.
    const client = createClient({
      failures: {
        addComment: ({ args }) =>
          (args[1] as CommentInput).attachments?.length
            ? new TicketClientError('invalid', {
                fieldErrors: { attachments: 'Files were flagged by the virus scanner' },
              })
            : undefined,
      },
    });
    const { user } = await renderTicket(client);

    await user.type(replyBox(), 'See the file.');
    await user.upload(fileInput(), file('report.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your reply was not sent. Your text and files are kept. Files were flagged by the virus ' +
        'scanner',
    );
    expect(listedNames()).toEqual(['report.png']);
  });

  it('keeps chosen files listed when the ticket closes', async () => {
    const { client, user } = await renderTicket();

    await user.upload(fileInput(), file('trace.log', 'text/plain'));
    client.setStatus('t1', { category: 'resolved', label: 'Closed' }, { acceptsComments: false });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByText(/closed while you were writing/)).toBeVisible();
    expect(listedNames()).toEqual(['trace.log']);
    expect(screen.queryByRole('button', { name: 'Remove trace.log' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
  });

  it('names a pasted screenshot by date', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 4, 16, 12), toFake: ['Date'] });
    await renderTicket();

    const pasted = new File(['png'], 'image.png', { type: 'image/png' });

    fireEvent.paste(replyBox(), {
      clipboardData: { files: [pasted], types: ['Files'], getData: () => '' },
    });

    await waitFor(() => expect(listedNames()).toEqual(['screenshot-2026-12-04-1612.png']));
  });

  it('keeps a paste with text as text', async () => {
    await renderTicket();

    // Office apps put the copied text and a picture of it on the clipboard together.
    fireEvent.paste(replyBox(), {
      clipboardData: {
        files: [new File(['png'], 'image.png', { type: 'image/png' })],
        types: ['text/plain', 'Files'],
        getData: () => 'Total: 1,204',
      },
    });

    expect(fileList()).toBeNull();
  });

  it('hides files when replies take none', async () => {
    const client = createClient({ commentAttachmentRules: null });
    const addComment = vi.spyOn(client, 'addComment');
    const { user } = await renderTicket(client);

    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    expect(replyForm().querySelector('input[type="file"]')).toBeNull();
    expect(screen.queryByText(/paste a screenshot/)).toBeNull();

    fireEvent.paste(replyBox(), {
      clipboardData: {
        files: [new File(['png'], 'image.png', { type: 'image/png' })],
        types: ['Files'],
        getData: () => '',
      },
    });
    await user.type(replyBox(), 'Text only.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(fileList()).toBeNull();
    expect(addComment.mock.calls[0]?.[1]).toEqual({ body: 'Text only.' });
  });
});
