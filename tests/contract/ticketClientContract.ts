import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAbortError, isTicketClientError } from '../../src/client/errors';
import type { TicketClientError, TicketClientErrorCode } from '../../src/client/errors';
import type {
  AttachmentRules,
  FormOptions,
  TicketClient,
  TicketDraft,
  TicketStatus,
  TicketSummary,
} from '../../src/client/types';

/** What one test of the contract needs: a fresh client and facts about its backend. */
export interface TicketClientContractSetup {
  client: TicketClient;
  /** E-mail of the signed-in user, as the backend stores it. */
  currentUserEmail: string;
  /** Id of an existing ticket filed by another user; tests that need one are skipped without it. */
  otherUsersTicketId?: string;
  /** Id of a ticket of the current user that takes no more comments, when the backend has one. */
  closedTicketId?: string;
  /** Address the backend accepts as a participant. @default 'colleague@example.com' */
  colleagueEmail?: string;
  /** Address the backend rejects as a participant, for example one with no support account. */
  rejectedParticipantEmail?: string;
  /** Sets a status as the support team would; without it, only the open filter is fully tested. */
  setStatus?: (ticketId: string, status: TicketStatus) => void | Promise<void>;
  /** Waits until the backend stamps later changes with a later time. @default no wait */
  advanceClock?: () => void | Promise<void>;
  /**
   * False for backends that page by offset, such as Jira Service Management's `start`, where a
   * ticket created between two pages shifts the later pages. @default true
   */
  stablePaging?: boolean;
  /** Runs after each test, for example to stop a mock server. */
  teardown?: () => void | Promise<void>;
}

type Context = TicketClientContractSetup;

const TICKET_TYPES = ['bug', 'service-request', 'feature'];
const STATUS_CATEGORIES = ['open', 'waiting-for-user', 'resolved'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

let uniqueCounter = 0;

function unique(prefix: string): string {
  uniqueCounter += 1;

  return `${prefix} ${uniqueCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Returns a small file that the attachment rules accept. */
function acceptedFile(rules: AttachmentRules, content = 'contract test file'): File {
  const entry = rules.accept[0];

  if (entry === undefined || entry.startsWith('text/')) {
    return new File([content], 'notes.txt', { type: entry ?? 'text/plain' });
  }

  if (entry.startsWith('.')) {
    return new File([content], `attachment${entry}`, { type: '' });
  }

  if (entry.endsWith('/*')) {
    return new File([content], 'attachment.png', { type: `${entry.slice(0, -2)}/png` });
  }

  return new File([content], 'attachment', { type: entry });
}

function draftFor(form: FormOptions, overrides: Partial<TicketDraft> = {}): TicketDraft {
  const category = form.categories.find((candidate) => !candidate.other) ?? form.categories[0];

  return {
    type: form.ticketTypes[0] ?? 'bug',
    title: unique('Contract ticket'),
    categoryId: category?.id ?? '',
    description: 'Created by the TicketClient contract tests.',
    attachments: [],
    ...overrides,
  };
}

async function createTicket(context: Context, overrides: Partial<TicketDraft> = {}) {
  const form = await context.client.getFormOptions();

  return context.client.createTicket(draftFor(form, overrides), {
    idempotencyKey: unique('key'),
  });
}

/** Creates tickets one after another, moving the clock between them. */
async function createTickets(context: Context, count: number, titlePrefix = 'Contract ticket') {
  const created = [];

  for (let index = 0; index < count; index += 1) {
    await context.advanceClock?.();
    created.push(await createTicket(context, { title: unique(titlePrefix) }));
  }

  return created;
}

/** Walks every page of a query and returns the tickets and the page sizes. */
async function listAll(
  client: TicketClient,
  query: {
    status?: TicketSummary['status']['category'] | 'all';
    search?: string;
    limit?: number;
  } = {},
) {
  const tickets: TicketSummary[] = [];
  const pageSizes: number[] = [];
  let cursor: string | undefined;

  for (let page = 0; page < 1000; page += 1) {
    const result = await client.listMyTickets({ ...query, cursor });

    tickets.push(...result.tickets);
    pageSizes.push(result.tickets.length);

    if (result.nextCursor === null) {
      return { tickets, pageSizes };
    }

    cursor = result.nextCursor;
  }

  throw new Error('listMyTickets returned more than 1000 pages; the cursor does not advance');
}

/** Awaits a rejection and checks that it is a `TicketClientError` with the code. */
async function expectClientError(
  promise: Promise<unknown>,
  code: TicketClientErrorCode,
): Promise<TicketClientError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

  expect(error, `expected a rejection with ${code}`).toBeDefined();
  expect(isTicketClientError(error)).toBe(true);
  expect((error as TicketClientError).code).toBe(code);

  return error as TicketClientError;
}

function expectIsoTimestamp(value: unknown): void {
  expect(value).toMatch(ISO_8601);
  expect(Number.isNaN(Date.parse(value as string))).toBe(false);
}

function sameEmail(a: string | undefined, b: string | undefined): boolean {
  return a?.trim().toLowerCase() === b?.trim().toLowerCase();
}

/**
 * Runs the behaviour that the JSDoc of `TicketClient` promises against one adapter. `setup` runs
 * before every test and must return a client over a fresh backend.
 */
export function describeTicketClientContract(
  name: string,
  setup: () => Context | Promise<Context>,
): void {
  describe(`${name} (TicketClient contract)`, () => {
    let context: Context;

    beforeEach(async () => {
      context = await setup();
    });

    afterEach(async () => {
      await context.teardown?.();
    });

    describe('getFormOptions', () => {
      it('returns types, categories, rules and limits', async () => {
        const form = await context.client.getFormOptions();

        expect(form.ticketTypes.length).toBeGreaterThan(0);
        for (const type of form.ticketTypes) {
          expect(TICKET_TYPES).toContain(type);
        }
        expect(form.categories.length).toBeGreaterThan(0);
        expect(new Set(form.categories.map((category) => category.id)).size).toBe(
          form.categories.length,
        );
        for (const category of form.categories) {
          expect(category.id).toEqual(expect.any(String));
          expect(category.label.trim()).not.toBe('');
        }
        expect(form.attachments.maxFileSize).toBeGreaterThan(0);
        expect(form.attachments.maxFiles).toBeGreaterThan(0);
        expect(Array.isArray(form.attachments.accept)).toBe(true);
        expect(Number.isInteger(form.limits.titleMaxLength)).toBe(true);
        expect(form.limits.titleMaxLength).toBeGreaterThan(0);
        expect(form.limits.descriptionMaxLength).toBeGreaterThan(0);
        expect(form.limits.commentMaxLength).toBeGreaterThan(0);
      });

      it('includes the Other category', async () => {
        const form = await context.client.getFormOptions();

        expect(form.categories.filter((category) => category.other === true)).toHaveLength(1);
      });
    });

    describe('createTicket', () => {
      it('returns the new ticket summary', async () => {
        const form = await context.client.getFormOptions();
        const draft = draftFor(form);
        const created = await context.client.createTicket(draft, {
          idempotencyKey: unique('key'),
        });

        expect(created.id).toEqual(expect.any(String));
        expect(created.id).not.toBe('');
        expect(created.key).toEqual(expect.any(String));
        expect(created.key).not.toBe('');
        expect(created.title).toBe(draft.title);
        expect(created.type).toBe(draft.type);
        expect(created.category.id).toBe(draft.categoryId);
        expect(created.status.category).toBe('open');
        expect(created.status.label.trim()).not.toBe('');
        expectIsoTimestamp(created.createdAt);
        expectIsoTimestamp(created.updatedAt);
        expect(Date.parse(created.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
        expect(typeof created.firstTicket).toBe('boolean');
      });

      it('marks only the first ticket', async () => {
        const before = await context.client.listMyTickets({ status: 'all' });
        const first = await createTicket(context);
        const second = await createTicket(context);

        expect(first.firstTicket).toBe(before.tickets.length === 0);
        expect(second.firstTicket).toBe(false);
      });

      it('gives unique ids and keys', async () => {
        const [a, b] = await createTickets(context, 2);

        expect(a?.id).not.toBe(b?.id);
        expect(a?.key).not.toBe(b?.key);
      });

      it('replays a repeated idempotency key', async () => {
        const form = await context.client.getFormOptions();
        const draft = draftFor(form);
        const idempotencyKey = unique('key');
        const first = await context.client.createTicket(draft, { idempotencyKey });
        const again = await context.client.createTicket(draft, { idempotencyKey });
        const { tickets } = await listAll(context.client, { search: draft.title });

        expect(again.id).toBe(first.id);
        expect(again.key).toBe(first.key);
        expect(tickets.map((ticket) => ticket.id)).toEqual([first.id]);
      });

      it('creates one ticket for concurrent calls', async () => {
        const form = await context.client.getFormOptions();
        const draft = draftFor(form);
        const idempotencyKey = unique('key');
        const [a, b] = await Promise.all([
          context.client.createTicket(draft, { idempotencyKey }),
          context.client.createTicket(draft, { idempotencyKey }),
        ]);
        const { tickets } = await listAll(context.client, { search: draft.title });

        expect(b.id).toBe(a.id);
        expect(tickets).toHaveLength(1);
      });

      it('stores the description and attachments', async () => {
        const form = await context.client.getFormOptions();
        const file = acceptedFile(form.attachments);
        const created = await createTicket(context, {
          description: 'Steps: open the report, press Export.',
          attachments: [file],
        });
        const detail = await context.client.getTicket(created.id);

        expect(detail.description).toBe('Steps: open the report, press Export.');
        expect(detail.attachments).toHaveLength(1);
        expect(detail.attachments[0]?.name).toBe(file.name);
        expect(detail.attachments[0]?.size).toBe(file.size);
        expect(detail.attachments[0]?.url).toEqual(expect.any(String));
        expect(detail.attachments[0]?.url).not.toBe('');
      });

      it('accepts a title at the limit', async () => {
        const form = await context.client.getFormOptions();
        const title = 'x'.repeat(form.limits.titleMaxLength);
        const created = await createTicket(context, { title });

        expect(created.title).toBe(title);
      });

      it.each([
        ['a blank title', 'title', () => ({ title: '   ' })],
        [
          'a title over the limit',
          'title',
          (form: FormOptions) => ({
            title: 'x'.repeat(form.limits.titleMaxLength + 1),
          }),
        ],
        [
          'a description over the limit',
          'description',
          (form: FormOptions) => ({
            description: 'x'.repeat(form.limits.descriptionMaxLength + 1),
          }),
        ],
        ['an unknown category', 'categoryId', () => ({ categoryId: 'no-such-category' })],
        [
          'too many attachments',
          'attachments',
          (form: FormOptions) => ({
            attachments: Array.from({ length: form.attachments.maxFiles + 1 }, (_, index) =>
              acceptedFile(form.attachments, `file ${index}`),
            ),
          }),
        ],
        [
          'an attachment over the size limit',
          'attachments',
          (form: FormOptions) => {
            const small = acceptedFile(form.attachments);
            const large = new File([new Uint8Array(form.attachments.maxFileSize + 1)], small.name, {
              type: small.type,
            });

            return { attachments: [large] };
          },
        ],
      ] as const)('rejects %s as invalid on %s', async (_case, field, makeOverrides) => {
        const form = await context.client.getFormOptions();
        const draft = draftFor(form, makeOverrides(form));
        const error = await expectClientError(
          context.client.createTicket(draft, { idempotencyKey: unique('key') }),
          'invalid',
        );

        expect(error.fieldErrors[field]).toEqual(expect.any(String));
        expect(error.fieldErrors[field]?.trim()).not.toBe('');
      });

      it('rejects an unaccepted attachment type', async (test) => {
        const form = await context.client.getFormOptions();
        const accept = form.attachments.accept.map((entry) => entry.toLowerCase());

        if (
          accept.length === 0 ||
          accept.some((entry) => /exe|octet|msdownload|\*\/\*/.test(entry))
        ) {
          test.skip();
        }

        const program = new File(['MZ'], 'installer.exe', { type: 'application/x-msdownload' });
        const error = await expectClientError(
          context.client.createTicket(draftFor(form, { attachments: [program] }), {
            idempotencyKey: unique('key'),
          }),
          'invalid',
        );

        expect(error.fieldErrors.attachments).toEqual(expect.any(String));
      });

      it('creates nothing for an invalid draft', async () => {
        const form = await context.client.getFormOptions();
        const title = 'x'.repeat(form.limits.titleMaxLength + 1);

        await expectClientError(
          context.client.createTicket(draftFor(form, { title }), { idempotencyKey: unique('key') }),
          'invalid',
        );
        const { tickets } = await listAll(context.client, { search: title });

        expect(tickets).toHaveLength(0);
      });
    });

    describe('listMyTickets', () => {
      it('lists latest activity first', async () => {
        const [a, b, c] = await createTickets(context, 3);
        const { tickets } = await listAll(context.client);
        const ids = tickets.map((ticket) => ticket.id);

        for (const ticket of tickets) {
          expect(STATUS_CATEGORIES).toContain(ticket.status.category);
        }
        expect(ids.indexOf(c!.id)).toBeLessThan(ids.indexOf(b!.id));
        expect(ids.indexOf(b!.id)).toBeLessThan(ids.indexOf(a!.id));
        for (let index = 1; index < tickets.length; index += 1) {
          expect(Date.parse(tickets[index - 1]!.updatedAt)).toBeGreaterThanOrEqual(
            Date.parse(tickets[index]!.updatedAt),
          );
        }
      });

      it('moves a commented ticket to the top', async () => {
        const [older] = await createTickets(context, 2);

        await context.advanceClock?.();
        await context.client.addComment(older!.id, { body: 'Any news?' });
        const page = await context.client.listMyTickets({});

        expect(page.tickets[0]?.id).toBe(older!.id);
        expect(Date.parse(page.tickets[0]!.updatedAt)).toBeGreaterThan(
          Date.parse(older!.updatedAt),
        );
      });

      it('pages without duplicates or gaps', async () => {
        const created = await createTickets(context, 7);
        const { tickets, pageSizes } = await listAll(context.client, { limit: 3 });
        const ids = tickets.map((ticket) => ticket.id);

        expect(pageSizes.length).toBeGreaterThanOrEqual(3);
        for (const size of pageSizes) {
          expect(size).toBeLessThanOrEqual(3);
        }
        expect(new Set(ids).size).toBe(ids.length);
        for (const ticket of created) {
          expect(ids).toContain(ticket.id);
        }
      });

      it('keeps pages stable across a creation', async (test) => {
        if (context.stablePaging === false) {
          test.skip();
        }

        await createTickets(context, 6);
        const before = await listAll(context.client, { limit: 2 });
        const first = await context.client.listMyTickets({ limit: 2 });

        await context.advanceClock?.();
        const added = await createTicket(context);
        const seen = [...first.tickets];
        let cursor = first.nextCursor;

        while (cursor !== null) {
          const page = await context.client.listMyTickets({ limit: 2, cursor });

          seen.push(...page.tickets);
          cursor = page.nextCursor;
        }

        expect(seen.map((ticket) => ticket.id)).toEqual(before.tickets.map((ticket) => ticket.id));
        expect(seen.map((ticket) => ticket.id)).not.toContain(added.id);
      });

      it('filters by status category', async () => {
        const [open, waiting, resolved] = await createTickets(context, 3);

        if (context.setStatus) {
          await context.setStatus(waiting!.id, { category: 'waiting-for-user', label: 'Waiting' });
          await context.setStatus(resolved!.id, { category: 'resolved', label: 'Resolved' });
        }

        const openIds = (await listAll(context.client, { status: 'open' })).tickets;
        const resolvedIds = (await listAll(context.client, { status: 'resolved' })).tickets;
        const allIds = (await listAll(context.client, { status: 'all' })).tickets.map((t) => t.id);

        for (const ticket of openIds) {
          expect(ticket.status.category).toBe('open');
        }
        for (const ticket of resolvedIds) {
          expect(ticket.status.category).toBe('resolved');
        }
        expect(openIds.map((ticket) => ticket.id)).toContain(open!.id);
        expect(resolvedIds.map((ticket) => ticket.id)).not.toContain(open!.id);
        expect(allIds).toEqual(expect.arrayContaining([open!.id, waiting!.id, resolved!.id]));

        if (context.setStatus) {
          const waitingIds = (await listAll(context.client, { status: 'waiting-for-user' }))
            .tickets;

          expect(waitingIds.map((ticket) => ticket.id)).toEqual([waiting!.id]);
          expect(resolvedIds.map((ticket) => ticket.id)).toContain(resolved!.id);
          expect(openIds.map((ticket) => ticket.id)).not.toContain(resolved!.id);
        }
      });

      it('searches title and key ignoring case', async () => {
        const marker = unique('Zebra').replace(/\s/g, '');
        const [match] = await createTickets(context, 1, `Exports fail ${marker}`);
        const [other] = await createTickets(context, 1, 'Unrelated problem');
        const byTitle = await listAll(context.client, { search: marker.toUpperCase() });
        const byKey = await listAll(context.client, { search: match!.key.toLowerCase() });

        expect(byTitle.tickets.map((ticket) => ticket.id)).toEqual([match!.id]);
        expect(byKey.tickets.map((ticket) => ticket.id)).toContain(match!.id);
        expect(byKey.tickets.map((ticket) => ticket.id)).not.toContain(other!.id);
      });

      it('never lists tickets of other users', async () => {
        await createTickets(context, 2);
        const { tickets } = await listAll(context.client, { status: 'all' });

        if (context.otherUsersTicketId !== undefined) {
          expect(tickets.map((ticket) => ticket.id)).not.toContain(context.otherUsersTicketId);
        }
        for (const ticket of tickets.slice(0, 20)) {
          const detail = await context.client.getTicket(ticket.id);

          expect(sameEmail(detail.reporter.email, context.currentUserEmail)).toBe(true);
        }
      });
    });

    describe('getTicket', () => {
      it('returns the ticket with its details', async () => {
        const created = await createTicket(context);
        const detail = await context.client.getTicket(created.id);

        expect(detail.id).toBe(created.id);
        expect(detail.key).toBe(created.key);
        expect(detail.title).toBe(created.title);
        expect(sameEmail(detail.reporter.email, context.currentUserEmail)).toBe(true);
        expect(detail.comments).toEqual([]);
        expect(detail.participants).toEqual([]);
        expect(detail.acceptsComments).toBe(true);
        expect(detail.statusHistory.length).toBeGreaterThan(0);
        expect(detail.statusHistory.at(-1)?.status).toEqual(detail.status);
        expectIsoTimestamp(detail.statusHistory.at(-1)?.at);
      });

      it('rejects an unknown id with not-found', async () => {
        await expectClientError(context.client.getTicket('no-such-ticket-id'), 'not-found');
      });

      it("rejects another user's ticket with not-found", async (test) => {
        if (context.otherUsersTicketId === undefined) {
          test.skip();
        }

        await expectClientError(context.client.getTicket(context.otherUsersTicketId!), 'not-found');
      });
    });

    describe('addComment', () => {
      it('appends comments oldest first', async () => {
        const created = await createTicket(context);
        const first = await context.client.addComment(created.id, { body: 'First note' });

        await context.advanceClock?.();
        const second = await context.client.addComment(created.id, { body: 'Second note' });
        const detail = await context.client.getTicket(created.id);

        expect(first.body).toBe('First note');
        expect(first.fromSupport).toBe(false);
        expect(first.id).not.toBe(second.id);
        expectIsoTimestamp(first.createdAt);
        expect(detail.comments.map((comment) => comment.id)).toEqual([first.id, second.id]);
        expect(detail.comments[1]?.body).toBe('Second note');
      });

      it('moves updatedAt to the comment', async () => {
        const created = await createTicket(context);

        await context.advanceClock?.();
        const comment = await context.client.addComment(created.id, { body: 'More detail' });
        const detail = await context.client.getTicket(created.id);

        expect(Date.parse(detail.updatedAt)).toBeGreaterThanOrEqual(Date.parse(comment.createdAt));
        expect(Date.parse(detail.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      });

      it('rejects an empty body', async () => {
        const created = await createTicket(context);
        const error = await expectClientError(
          context.client.addComment(created.id, { body: '  \n ' }),
          'invalid',
        );

        expect(error.fieldErrors.body).toEqual(expect.any(String));
      });

      it('rejects a body over the limit', async () => {
        const form = await context.client.getFormOptions();
        const created = await createTicket(context);
        const body = 'x'.repeat(form.limits.commentMaxLength + 1);
        const error = await expectClientError(
          context.client.addComment(created.id, { body }),
          'invalid',
        );

        expect(error.fieldErrors.body).toEqual(expect.any(String));
      });

      it('rejects a ticket closed to replies', async (test) => {
        if (context.closedTicketId === undefined) {
          test.skip();
        }

        const detail = await context.client.getTicket(context.closedTicketId!);

        expect(detail.acceptsComments).toBe(false);
        await expectClientError(
          context.client.addComment(context.closedTicketId!, { body: 'Still broken' }),
          'invalid',
        );
      });

      it('rejects unknown and hidden tickets with not-found', async () => {
        await expectClientError(
          context.client.addComment('no-such-ticket-id', { body: 'Hello' }),
          'not-found',
        );

        if (context.otherUsersTicketId !== undefined) {
          await expectClientError(
            context.client.addComment(context.otherUsersTicketId, { body: 'Hello' }),
            'not-found',
          );
        }
      });
    });

    describe('addParticipant', () => {
      const colleague = () => context.colleagueEmail ?? 'colleague@example.com';

      it('adds a colleague and returns the list', async () => {
        const created = await createTicket(context);
        const participants = await context.client.addParticipant(created.id, {
          email: colleague(),
        });
        const detail = await context.client.getTicket(created.id);

        expect(participants.some((p) => sameEmail(p.email, colleague()))).toBe(true);
        expect(detail.participants.some((p) => sameEmail(p.email, colleague()))).toBe(true);
      });

      it.each(['not-an-email', 'name@', '@example.com', 'two words@example.com', ''])(
        'rejects the malformed address %j',
        async (email) => {
          const created = await createTicket(context);
          const error = await expectClientError(
            context.client.addParticipant(created.id, { email }),
            'invalid',
          );

          expect(error.fieldErrors.email).toEqual(expect.any(String));
        },
      );

      it('rejects the current user', async () => {
        const created = await createTicket(context);
        const error = await expectClientError(
          context.client.addParticipant(created.id, {
            email: ` ${context.currentUserEmail.toUpperCase()} `,
          }),
          'invalid',
        );

        expect(error.fieldErrors.email).toEqual(expect.any(String));
      });

      it('rejects a colleague added twice', async () => {
        const created = await createTicket(context);

        await context.client.addParticipant(created.id, { email: colleague() });
        const error = await expectClientError(
          context.client.addParticipant(created.id, { email: colleague().toUpperCase() }),
          'invalid',
        );
        const detail = await context.client.getTicket(created.id);

        expect(error.fieldErrors.email).toEqual(expect.any(String));
        expect(detail.participants).toHaveLength(1);
      });

      it('rejects an address without an account', async (test) => {
        if (context.rejectedParticipantEmail === undefined) {
          test.skip();
        }

        const created = await createTicket(context);
        const error = await expectClientError(
          context.client.addParticipant(created.id, { email: context.rejectedParticipantEmail! }),
          'invalid',
        );

        expect(error.fieldErrors.email).toEqual(expect.any(String));
      });

      it('rejects unknown and hidden tickets with not-found', async () => {
        await expectClientError(
          context.client.addParticipant('no-such-ticket-id', { email: colleague() }),
          'not-found',
        );

        if (context.otherUsersTicketId !== undefined) {
          await expectClientError(
            context.client.addParticipant(context.otherUsersTicketId, { email: colleague() }),
            'not-found',
          );
        }
      });
    });

    describe('removeParticipant', () => {
      it('removes a participant and returns the rest', async (test) => {
        const { client } = context;

        if (client.removeParticipant === undefined) {
          test.skip();
        }

        const created = await createTicket(context);

        await client.addParticipant(created.id, { email: 'first.colleague@example.com' });
        await client.addParticipant(created.id, { email: 'second.colleague@example.com' });
        const remaining = await client.removeParticipant!(created.id, {
          email: 'first.colleague@example.com',
        });
        const detail = await client.getTicket(created.id);

        expect(remaining.map((p) => p.email.toLowerCase())).toEqual([
          'second.colleague@example.com',
        ]);
        expect(detail.participants.map((p) => p.email.toLowerCase())).toEqual([
          'second.colleague@example.com',
        ]);
      });
    });

    describe('optional methods', () => {
      it('getAccess returns a known status', async (test) => {
        if (context.client.getAccess === undefined) {
          test.skip();
        }

        const access = await context.client.getAccess!();

        expect(['enabled', 'not-enabled', 'disabled']).toContain(access.status);
      });

      it('searchHelpArticles returns at most the limit', async (test) => {
        if (context.client.searchHelpArticles === undefined) {
          test.skip();
        }

        const articles = await context.client.searchHelpArticles!({
          text: 'report export',
          limit: 2,
        });

        expect(articles.length).toBeLessThanOrEqual(2);
        for (const article of articles) {
          expect(article.id).toEqual(expect.any(String));
          expect(article.title.trim()).not.toBe('');
          expect(article.url).toEqual(expect.any(String));
        }
      });
    });

    describe('abort', () => {
      interface Fixture {
        client: TicketClient;
        ticketId: string;
        draft: TicketDraft;
      }

      type Call = (fixture: Fixture, signal: AbortSignal) => Promise<unknown> | undefined;

      /** Each method with a valid call; an optional method that is missing returns undefined. */
      const calls: [string, Call][] = [
        ['getFormOptions', ({ client }, signal) => client.getFormOptions({ signal })],
        [
          'createTicket',
          ({ client, draft }, signal) =>
            client.createTicket(draft, { idempotencyKey: unique('key'), signal }),
        ],
        ['listMyTickets', ({ client }, signal) => client.listMyTickets({}, { signal })],
        ['getTicket', ({ client, ticketId }, signal) => client.getTicket(ticketId, { signal })],
        [
          'addComment',
          ({ client, ticketId }, signal) => client.addComment(ticketId, { body: 'Hi' }, { signal }),
        ],
        [
          'addParticipant',
          ({ client, ticketId }, signal) =>
            client.addParticipant(ticketId, { email: 'colleague@example.com' }, { signal }),
        ],
        [
          'removeParticipant',
          ({ client, ticketId }, signal) =>
            client.removeParticipant?.(ticketId, { email: 'colleague@example.com' }, { signal }),
        ],
        [
          'searchHelpArticles',
          ({ client }, signal) =>
            client.searchHelpArticles?.({ text: 'export', limit: 3 }, { signal }),
        ],
        ['getAccess', ({ client }, signal) => client.getAccess?.({ signal })],
      ];

      async function createFixture(): Promise<Fixture> {
        const form = await context.client.getFormOptions();
        const created = await createTicket(context);

        return { client: context.client, ticketId: created.id, draft: draftFor(form) };
      }

      /** Returns the rejection of a call, or undefined when it resolves. */
      async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
        return promise.then(
          () => undefined,
          (reason: unknown) => reason,
        );
      }

      it.for(calls)('rejects %s when already aborted', async ([, call], test) => {
        const fixture = await createFixture();
        const controller = new AbortController();

        controller.abort();
        const pending = call(fixture, controller.signal);

        if (pending === undefined) {
          return test.skip();
        }

        expect(isAbortError(await rejectionOf(pending))).toBe(true);
      });

      it.for(calls)('rejects %s with the signal reason', async ([, call], test) => {
        const fixture = await createFixture();
        const controller = new AbortController();
        const reason = new DOMException('User left the page', 'AbortError');

        controller.abort(reason);
        const pending = call(fixture, controller.signal);

        if (pending === undefined) {
          return test.skip();
        }

        expect(await rejectionOf(pending)).toBe(reason);
      });

      it.for(calls)('rejects %s aborted while pending', async ([, call], test) => {
        const fixture = await createFixture();
        const controller = new AbortController();
        const pending = call(fixture, controller.signal);

        if (pending === undefined) {
          return test.skip();
        }

        controller.abort();

        expect(isAbortError(await rejectionOf(pending))).toBe(true);
      });

      it('creates nothing when aborted early', async () => {
        const form = await context.client.getFormOptions();
        const draft = draftFor(form);
        const controller = new AbortController();

        controller.abort();
        await context.client
          .createTicket(draft, { idempotencyKey: unique('key'), signal: controller.signal })
          .catch(() => undefined);
        const { tickets } = await listAll(context.client, { search: draft.title });

        expect(tickets).toHaveLength(0);
      });
    });
  });
}
