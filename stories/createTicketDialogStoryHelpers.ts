import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { TicketClientError } from '../src/client/errors';
import type {
  TicketClient,
  UploadAttachmentOptions,
  UploadedAttachment,
} from '../src/client/types';

/** Returns the open dialog once its opening animation has ended. */
export async function findDialog() {
  const dialog = await screen.findByRole('dialog', { name: 'Create support ticket' });

  await waitFor(() => expect(dialog.getAnimations()).toHaveLength(0));

  return dialog;
}

/** Fills every required field of the open dialog and returns queries bound to it. */
export async function fillForm(title = 'CSV export stops halfway') {
  const body = within(await findDialog());

  await userEvent.click(await body.findByRole('radio', { name: /^Report bug or problem/ }));
  await userEvent.type(body.getByRole('textbox', { name: 'Title' }), title);
  await userEvent.selectOptions(
    body.getByRole('combobox', { name: 'Feature category' }),
    'Reports',
  );
  await userEvent.type(
    body.getByRole('textbox', { name: 'Description' }),
    'Open Reports, export as CSV. Expected all rows; the file ends at row 500.',
  );

  return body;
}

/** Returns the dialog's hidden file input. */
export function fileInput(dialog: HTMLElement) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');

  if (!input) {
    throw new Error('The dialog has no file input.');
  }

  return input;
}

/** Returns a DataTransfer holding the files, as a drop or a paste carries them. */
export function transferOf(files: File[]) {
  const transfer = new DataTransfer();

  files.forEach((file) => transfer.items.add(file));

  return transfer;
}

/**
 * Adds a simulated `uploadAttachment` to a client: each upload reports progress for
 * `durationMs`, and files whose name contains "fail" fail on their first attempt.
 */
export function withUploads(client: TicketClient, durationMs = 1500): TicketClient {
  const attempts = new Map<string, number>();

  function uploadAttachment(file: File, { signal, onProgress }: UploadAttachmentOptions) {
    const attempt = (attempts.get(file.name) ?? 0) + 1;

    attempts.set(file.name, attempt);

    return new Promise<UploadedAttachment>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        const share = Math.min(1, (Date.now() - started) / durationMs);

        onProgress?.({ loaded: Math.round(file.size * share), total: file.size });

        if (file.name.includes('fail') && attempt === 1 && share >= 0.5) {
          clearInterval(timer);
          reject(new TicketClientError('network'));
        } else if (share >= 1) {
          clearInterval(timer);
          resolve({ id: `upload-${file.name}-${attempt}` });
        }
      }, 100);

      signal.addEventListener('abort', () => {
        clearInterval(timer);
        reject(signal.reason);
      });
    });
  }

  return Object.assign(Object.create(client) as TicketClient, { uploadAttachment });
}
