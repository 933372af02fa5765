import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import type { CreatedTicket, FormOptions, TicketClient, TicketDraft } from '../src/client/types';
import { CreateTicketDialog, type CreateTicketDialogProps } from '../src/create-ticket-dialog';

/** Shared set-up of the CreateTicketDialog tests. */

export const formOptions: FormOptions = {
  ticketTypes: ['bug', 'service-request', 'feature'],
  categories: [
    { id: 'other', label: 'Other', other: true },
    { id: 'billing', label: 'Billing' },
    { id: 'reports', label: 'Reports' },
  ],
  attachments: { maxFileSize: 1024 * 1024, maxFiles: 3, accept: ['image/*', 'text/plain', '.log'] },
  limits: { titleMaxLength: 40, descriptionMaxLength: 300, commentMaxLength: 300 },
};

let ticketCount = 0;

export function createdTicket(
  draft: TicketDraft,
  overrides: Partial<CreatedTicket> = {},
): CreatedTicket {
  ticketCount += 1;

  return {
    id: `ticket-${ticketCount}`,
    key: `HELP-${ticketCount}`,
    title: draft.title,
    type: draft.type,
    category: { id: draft.categoryId, label: draft.categoryId },
    status: { category: 'open', label: 'Waiting for support' },
    createdAt: '2026-12-04T16:00:00.000Z',
    updatedAt: '2026-12-04T16:00:00.000Z',
    url: `https://support.example.com/tickets/HELP-${ticketCount}`,
    firstTicket: false,
    ...overrides,
  };
}

/** Creates a client whose methods are spies; the other methods reject, as these tests never call them. */
export function createTestClient(overrides: Partial<TicketClient> = {}) {
  const unavailable = () => Promise.reject(new TicketClientError('unavailable'));

  return {
    listMyTickets: unavailable,
    getTicket: unavailable,
    addComment: unavailable,
    addParticipant: unavailable,
    ...overrides,
    getFormOptions: vi.fn<TicketClient['getFormOptions']>(
      overrides.getFormOptions ?? (() => Promise.resolve(formOptions)),
    ),
    createTicket: vi.fn<TicketClient['createTicket']>(
      overrides.createTicket ?? ((draft) => Promise.resolve(createdTicket(draft))),
    ),
  };
}

export function renderDialog(
  props: Partial<Omit<CreateTicketDialogProps, 'client'>> & {
    client?: ReturnType<typeof createTestClient>;
  } = {},
) {
  const user = userEvent.setup({ applyAccept: false });
  const client = props.client ?? createTestClient();
  const onCreated = vi.fn();
  const result = render(
    <CreateTicketDialog
      role="admin"
      defaultOpen
      onCreated={onCreated}
      draftStorage={null}
      {...props}
      client={client}
    />,
  );

  return { user, client, onCreated, ...result };
}

export const dialog = () => screen.getByRole('dialog', { name: 'Create support ticket' });
export const titleInput = () => screen.getByRole('textbox', { name: 'Title' });
export const descriptionInput = () => screen.getByRole('textbox', { name: 'Description' });
export const categorySelect = () => screen.getByRole('combobox', { name: 'Feature category' });
export const createButton = () =>
  screen.getByRole('button', { name: /^(Create ticket|Creating…)$/ });
export const fileInput = () => dialog().querySelector<HTMLInputElement>('input[type="file"]')!;

export async function fillForm(user: UserEvent) {
  await user.click(await screen.findByRole('radio', { name: /^Report bug or problem/ }));
  await user.type(titleInput(), 'Export fails');
  await user.selectOptions(categorySelect(), 'Billing');
  await user.type(descriptionInput(), 'The CSV export stops at 50%.');
}
