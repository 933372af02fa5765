import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import type { UploadAttachmentOptions, UploadedAttachment } from '../src/client/types';
import {
  createButton,
  createTestClient,
  dialog,
  fileInput,
  fillForm,
  renderDialog,
} from './createTicketDialogHelpers';

afterEach(() => {
  clearAllDrafts();
  vi.restoreAllMocks();
});

function file(name: string, type: string, size = 10, lastModified = 1_700_000_000_000) {
  return new File(['x'.repeat(size)], name, { type, lastModified });
}

const attachmentList = () =>
  dialog().querySelector<HTMLElement>('[data-slot="create-ticket-attachments"]');

function attachedNames(): string[] {
  const list = attachmentList();

  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('bdi')?.textContent ?? '')
    : [];
}

async function openDialog() {
  const rendered = renderDialog();

  await screen.findByRole('textbox', { name: 'Title' });

  return rendered;
}

describe('<CreateTicketDialog /> attachments', () => {
  it('lists each file with its name and size', async () => {
    const { user } = await openDialog();

    await user.upload(fileInput(), [file('notes.txt', 'text/plain', 2048)]);

    const item = await screen.findByRole('listitem');

    expect(within(item).getByText('notes.txt')).toBeInTheDocument();
    expect(within(item).getByText('2 kB')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Remove notes.txt' })).toBeInTheDocument();
  });

  it('rejects files singly, keeping the rest', async () => {
    const { user } = await openDialog();

    await user.upload(fileInput(), [
      file('one.png', 'image/png'),
      file('setup.exe', 'application/x-msdownload'),
      file('huge.png', 'image/png', 2 * 1024 * 1024),
      file('two.png', 'image/png'),
      file('three.png', 'image/png'),
      file('four.png', 'image/png'),
    ]);

    await waitFor(() => expect(attachedNames()).toEqual(['one.png', 'two.png', 'three.png']));

    const rejected = within(
      dialog().querySelector<HTMLElement>('[data-slot="create-ticket-rejected-list"]')!,
    ).getAllByRole('listitem');

    expect(rejected.map((item) => item.textContent)).toEqual([
      'setup.exe: File type is not accepted. Accepted types: image files, .txt, .log.',
      'huge.png: File is too large. Files can be at most 1 MB.',
      'four.png: Too many files. A ticket can have at most 3 files.',
    ]);
  });

  it('judges files without a specific MIME type by their extension', async () => {
    const { user } = await openDialog();

    await user.upload(fileInput(), [
      file('server.log', ''),
      file('trace.txt', 'application/octet-stream'),
      file('archive.bin', 'application/octet-stream'),
    ]);

    await waitFor(() => expect(attachedNames()).toEqual(['server.log', 'trace.txt']));
    expect(screen.getByText(/archive\.bin/).closest('li')).toHaveTextContent(
      'File type is not accepted',
    );
  });

  it('keeps one entry for the same file added twice', async () => {
    const { user } = await openDialog();

    await user.upload(fileInput(), [file('notes.txt', 'text/plain')]);
    await user.upload(fileInput(), [file('notes.txt', 'text/plain')]);

    await waitFor(() => expect(screen.getByText(/File is already attached\./)).toBeInTheDocument());
    expect(attachedNames()).toEqual(['notes.txt']);
  });

  it('attaches a removed file again when it is chosen again', async () => {
    const { user } = await openDialog();
    const notes = file('notes.txt', 'text/plain');

    await user.upload(fileInput(), notes);
    await user.click(await screen.findByRole('button', { name: 'Remove notes.txt' }));
    expect(attachedNames()).toEqual([]);

    await user.upload(fileInput(), notes);
    await waitFor(() => expect(attachedNames()).toEqual(['notes.txt']));
  });

  it('shows image previews and revokes their URLs on removal and on close', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { user } = await openDialog();

    await user.upload(fileInput(), [file('a.png', 'image/png'), file('b.png', 'image/png')]);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));

    const urls = create.mock.results.map((result) => result.value as string);
    const previews = dialog().querySelectorAll('img[data-slot="create-ticket-attachment-preview"]');

    expect(Array.from(previews, (image) => image.getAttribute('src'))).toEqual(urls);
    await user.click(screen.getByRole('button', { name: 'Remove a.png' }));
    expect(revoke).toHaveBeenCalledWith(urls[0]);

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Keep draft and close' }));
    expect(revoke).toHaveBeenCalledWith(urls[1]);
  });

  it('shows bidi control characters in names as escapes', async () => {
    const { user } = await openDialog();

    await user.upload(fileInput(), file('invoice\u202Egnp.exe.png', 'image/png'));

    await waitFor(() => expect(attachedNames()).toEqual(['invoice[U+202E]gnp.exe.png']));
    expect(screen.getByText('invoice[U+202E]gnp.exe.png').tagName).toBe('BDI');
  });

  it('attaches dropped files', async () => {
    await openDialog();

    const zone = screen.getByRole('button', { name: /Drop files here/ });

    const dropped = file('drop.txt', 'text/plain');

    fireEvent.drop(zone, {
      dataTransfer: {
        files: [dropped],
        items: [{ kind: 'file', type: dropped.type, getAsFile: () => dropped }],
        types: ['Files'],
      },
    });

    await waitFor(() => expect(attachedNames()).toEqual(['drop.txt']));
  });

  it('opens the file chooser from the keyboard', async () => {
    const { user } = await openDialog();
    const click = vi.spyOn(fileInput(), 'click');
    const zone = screen.getByRole('button', { name: /Drop files here/ });

    zone.focus();
    expect(zone).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(click).toHaveBeenCalled();
  });

  it('attaches a screenshot pasted anywhere in the dialog under a dated name', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 4, 16, 12), toFake: ['Date'] });

    await openDialog();

    const pasted = new File(['png'], 'image.png', { type: 'image/png' });

    fireEvent.paste(screen.getByRole('textbox', { name: 'Description' }), {
      clipboardData: { files: [pasted], types: ['Files'], getData: () => '' },
    });
    vi.useRealTimers();

    await waitFor(() => expect(attachedNames()).toEqual(['screenshot-2026-12-04-1612.png']));
  });

  it('keeps text pastes in text fields as text', async () => {
    const { user } = await openDialog();

    await user.click(screen.getByRole('textbox', { name: 'Description' }));
    await user.paste('Error 500');

    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Error 500');
    expect(attachedNames()).toEqual([]);
  });
});

describe('<CreateTicketDialog /> uploads', () => {
  interface PendingUpload {
    file: File;
    options: UploadAttachmentOptions;
    resolve: (value: UploadedAttachment) => void;
    reject: (error: unknown) => void;
  }

  function renderWithUploads() {
    const pending: PendingUpload[] = [];
    const uploadAttachment = vi.fn(
      (uploaded: File, options: UploadAttachmentOptions) =>
        new Promise<UploadedAttachment>((resolve, reject) => {
          pending.push({ file: uploaded, options, resolve, reject });
        }),
    );
    const client = Object.assign(createTestClient(), { uploadAttachment });
    const rendered = renderDialog({ client });

    return { ...rendered, pending, uploadAttachment };
  }

  it('uploads each file on add with progress, and creates with the uploaded ids', async () => {
    const { user, client, pending } = renderWithUploads();

    await fillForm(user);
    await user.upload(fileInput(), file('log.txt', 'text/plain', 1000));
    await waitFor(() => expect(pending).toHaveLength(1));

    act(() => pending[0]!.options.onProgress?.({ loaded: 250, total: 1000 }));
    expect(screen.getByRole('progressbar', { name: 'Uploading: 25%' })).toHaveValue(25);

    await user.click(createButton());
    expect(client.createTicket).not.toHaveBeenCalled();
    expect(createButton()).toHaveAccessibleDescription('Wait until the files are uploaded.');

    await act(async () => pending[0]!.resolve({ id: 'upload-1' }));
    await user.click(createButton());
    await screen.findByText('Ticket created');

    expect(client.createTicket.mock.calls[0]![0]).toMatchObject({
      attachments: [],
      attachmentIds: ['upload-1'],
    });
  });

  it('cancels an upload and removes its file', async () => {
    const { user, pending } = renderWithUploads();

    await screen.findByRole('textbox', { name: 'Title' });
    await user.upload(fileInput(), file('log.txt', 'text/plain'));
    await waitFor(() => expect(pending).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /Cancel/ }));

    expect(pending[0]!.options.signal.aborted).toBe(true);
    expect(attachedNames()).toEqual([]);
  });

  it('retries one failed upload alone', async () => {
    const { user, pending, uploadAttachment } = renderWithUploads();

    await screen.findByRole('textbox', { name: 'Title' });
    await user.upload(fileInput(), [file('a.txt', 'text/plain'), file('b.txt', 'text/plain')]);
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => {
      pending[0]!.resolve({ id: 'upload-a' });
      pending[1]!.reject(new TicketClientError('network'));
    });

    expect(await screen.findByText(/Upload failed\./)).toBeInTheDocument();
    expect(createButton()).toHaveAccessibleDescription(
      'Retry or remove the files that failed to upload.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry upload of b.txt' }));

    expect(uploadAttachment).toHaveBeenCalledTimes(3);
    expect(uploadAttachment.mock.calls[2]![0].name).toBe('b.txt');
  });
});
