import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryTicketClient } from '../src/client/memory';
import { CreateTicketDialog } from '../src/create-ticket-dialog';
import {
  fileInput,
  fillForm,
  findDialog,
  transferOf,
  withUploads,
} from './createTicketDialogStoryHelpers';

const meta = {
  title: 'Components/CreateTicketDialog/Attachments',
  component: CreateTicketDialog,
  args: {
    role: 'admin',
    defaultOpen: true,
    onCreated: fn(),
    onOpenChange: fn(),
    draftStorage: null,
  },
  // The memory client's default rules: 10 MB per file, at most 5 files, images, PDF, text, CSV,
  // logs, JSON and ZIP.
  loaders: [() => ({ client: createMemoryTicketClient({ supportActivity: false, latency: 100 }) })],
  render: (args, { loaded, id }) => (
    <CreateTicketDialog client={loaded.client} draftKey={id} {...args} />
  ),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CreateTicketDialog>;

export default meta;

type Story = StoryObj<typeof meta>;

function textFile(name: string, type = 'text/plain', size = 64) {
  return new File(['x'.repeat(size)], name, { type, lastModified: 1_764_864_000_000 });
}

/** Returns a 1×1 PNG file, so previews have a real image to show. */
function pngFile(name: string) {
  const bytes = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    ),
    (character) => character.charCodeAt(0),
  );

  return new File([bytes], name, { type: 'image/png', lastModified: 1_764_864_000_000 });
}

function dropOn(zone: HTMLElement, files: File[]) {
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer: transferOf(files), bubbles: true, cancelable: true }),
  );
}

async function attachedNames(dialog: HTMLElement) {
  const list = dialog.querySelector<HTMLElement>('[data-slot="create-ticket-attachments"]');

  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('bdi')?.textContent)
    : [];
}

/** A drop with files of every kind: each rejected file shows its reason, the others are attached. */
export const DroppedWithRejections: Story = {
  play: async () => {
    const dialog = await findDialog();
    const body = within(dialog);
    const zone = await body.findByRole('button', { name: /Drop files here/ });

    dropOn(zone, [
      pngFile('dashboard.png'),
      textFile('installer.exe', 'application/x-msdownload'),
      textFile('too-big.zip', 'application/zip', 11 * 1024 * 1024),
      textFile('export.csv', 'application/octet-stream'),
      textFile('server.log', ''),
      textFile('notes.txt'),
      textFile('readme.txt'),
      textFile('one-too-many.txt'),
    ]);

    await waitFor(async () =>
      expect(await attachedNames(dialog)).toEqual([
        'dashboard.png',
        'export.csv',
        'server.log',
        'notes.txt',
        'readme.txt',
      ]),
    );
    await expect(body.getByText(/installer\.exe/).closest('li')).toHaveTextContent(
      'File type is not accepted',
    );
    await expect(body.getByText(/too-big\.zip/).closest('li')).toHaveTextContent(
      'Files can be at most 10 MB',
    );
    await expect(body.getByText(/one-too-many\.txt/).closest('li')).toHaveTextContent(
      'A ticket can have at most 5 files',
    );
    await expect(
      dialog.querySelector('img[data-slot="create-ticket-attachment-preview"]'),
    ).not.toBeNull();
  },
};

/** The drop zone works from the keyboard: it takes focus and Enter opens the file chooser. */
export const KeyboardFileChooser: Story = {
  play: async () => {
    const dialog = await findDialog();
    const zone = await within(dialog).findByRole('button', { name: /Drop files here/ });
    const input = fileInput(dialog);
    const click = spyOn(input, 'click').mockImplementation(() => {});

    zone.focus();
    await expect(zone).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(click).toHaveBeenCalled();
  },
};

/** A screenshot pasted while the description has focus is attached under a dated name. */
export const PastedScreenshot: Story = {
  play: async () => {
    const dialog = await findDialog();
    const description = await within(dialog).findByRole('textbox', { name: 'Description' });

    description.focus();
    description.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: transferOf([pngFile('image.png')]),
        bubbles: true,
        cancelable: true,
      }),
    );

    await waitFor(async () =>
      expect(await attachedNames(dialog)).toEqual([
        expect.stringMatching(/^screenshot-\d{4}-\d{2}-\d{2}-\d{4}\.png$/),
      ]),
    );
    await expect(description).toHaveValue('');
  },
};

/** The same file twice is one entry and a notice; removing it and choosing it again works. */
export const DuplicateAndRemove: Story = {
  play: async () => {
    const dialog = await findDialog();
    const body = within(dialog);
    const notes = textFile('notes.txt');

    await userEvent.upload(fileInput(dialog), notes);
    await userEvent.upload(fileInput(dialog), notes);
    await expect(await body.findByText(/File is already attached/)).toBeVisible();
    await expect(await attachedNames(dialog)).toEqual(['notes.txt']);

    await userEvent.click(body.getByRole('button', { name: 'Remove notes.txt' }));
    await expect(await attachedNames(dialog)).toEqual([]);
    await userEvent.upload(fileInput(dialog), notes);
    await waitFor(async () => expect(await attachedNames(dialog)).toEqual(['notes.txt']));
  },
};

/** A name with a right-to-left override cannot pass an .exe off as a .png. */
export const DisguisedFileName: Story = {
  play: async () => {
    const dialog = await findDialog();

    dropOn(await within(dialog).findByRole('button', { name: /Drop files here/ }), [
      pngFile('holiday\u202Egnp.exe.png'),
    ]);

    await waitFor(async () =>
      expect(await attachedNames(dialog)).toEqual(['holiday[U+202E]gnp.exe.png']),
    );
  },
};

/** With a client that uploads on add: progress, and Create ticket waits for the upload. */
export const Uploading: Story = {
  loaders: [
    () => ({
      client: withUploads(createMemoryTicketClient({ supportActivity: false, latency: 100 }), 2500),
    }),
  ],
  play: async ({ args }) => {
    const body = await fillForm();
    const dialog = await findDialog();

    await userEvent.upload(
      fileInput(dialog),
      textFile('har-export.json', 'application/json', 4096),
    );
    await expect(await body.findByRole('progressbar')).toBeVisible();

    const create = body.getByRole('button', { name: 'Create ticket' });

    await expect(create).toHaveAccessibleDescription('Wait until the files are uploaded.');
    await userEvent.click(create);
    await expect(args.onCreated).not.toHaveBeenCalled();

    await waitFor(() => expect(body.queryByRole('progressbar')).not.toBeInTheDocument(), {
      timeout: 5000,
    });
    await userEvent.click(create);
    await expect(await body.findByRole('heading', { name: 'Ticket created' })).toBeVisible();
  },
};

/** One upload failed: it is retried alone while the other file stays uploaded. */
export const UploadFailed: Story = {
  loaders: [
    () => ({
      client: withUploads(createMemoryTicketClient({ supportActivity: false }), 600),
    }),
  ],
  play: async () => {
    const dialog = await findDialog();
    const body = within(dialog);

    await userEvent.upload(fileInput(dialog), [textFile('ok.log'), textFile('will-fail.log')]);
    await expect(await body.findByText(/Upload failed\./, {}, { timeout: 3000 })).toBeVisible();
    await waitFor(() =>
      expect(body.getByRole('button', { name: 'Create ticket' })).toHaveAccessibleDescription(
        'Retry or remove the files that failed to upload.',
      ),
    );
    await userEvent.click(body.getByRole('button', { name: 'Retry upload of will-fail.log' }));
    await waitFor(() => expect(body.queryByText(/Upload failed\./)).not.toBeInTheDocument(), {
      timeout: 3000,
    });
  },
};
