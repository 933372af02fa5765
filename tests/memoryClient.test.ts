// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError, isTicketClientError } from '../src/client/errors';
import type { TicketClientErrorCode } from '../src/client/errors';
import { createDemoTickets, createMemoryTicketClient } from '../src/client/memory';
import type {
  MemoryTicketClient,
  MemoryTicketClientOptions,
  MemoryTicketSeed,
} from '../src/client/memory';
import type { TicketDraft, TicketSummary } from '../src/client/types';
import { countCharacters } from '../src/utils/text';

const USER = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const OTHER_USER = { name: 'Sam Rivera', email: 'sam.rivera@example.com' };
const START = Date.parse('2025-03-01T09:00:00.000Z');

const clients: MemoryTicketClient[] = [];

/** Creates a client with no seed tickets, no scripted support and a clock that ticks per read. */
function createClient(options: MemoryTicketClientOptions = {}): MemoryTicketClient {
  let time = START;
  const client = createMemoryTicketClient({
    currentUser: USER,
    tickets: [],
    supportActivity: false,
    now: () => new Date((time += 1000)),
    ...options,
  });

  clients.push(client);

  return client;
}

function draft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    type: 'bug',
    title: 'Revenue widget shows no data',
    categoryId: 'dashboard',
    description: 'Empty since Monday.',
    attachments: [],
    ...overrides,
  };
}

let keyCounter = 0;

function create(client: MemoryTicketClient, overrides: Partial<TicketDraft> = {}) {
  keyCounter += 1;

  return client.createTicket(draft(overrides), { idempotencyKey: `key-${keyCounter}` });
}

/** Awaits a rejection and returns it as a `TicketClientError` after checking its code. */
async function rejection(promise: Promise<unknown>, code: TicketClientErrorCode) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

  expect(isTicketClientError(error)).toBe(true);
  expect((error as TicketClientError).code).toBe(code);

  return error as TicketClientError;
}

async function listAll(client: MemoryTicketClient, limit = 100): Promise<TicketSummary[]> {
  const tickets: TicketSummary[] = [];
  let cursor: string | undefined;

  do {
    const page = await client.listMyTickets({ limit, cursor });

    tickets.push(...page.tickets);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  return tickets;
}

/** Web Storage over a Map, with a switch that makes every write fail like a full quota. */
class TestStorage implements Storage {
  readonly items = new Map<string, string>();
  failWrites = false;

  get length() {
    return this.items.size;
  }

  clear() {
    this.items.clear();
  }

  getItem(key: string) {
    return this.items.get(key) ?? null;
  }

  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string) {
    this.items.delete(key);
  }

  setItem(key: string, value: string) {
    if (this.failWrites) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }

    this.items.set(key, value);
  }
}

/** Replaces `URL.createObjectURL` for one test; undefined removes it, as in plain jsdom. */
function stubObjectUrls(create: ((blob: Blob) => string) | undefined) {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  const revoke = vi.fn();

  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });

  return {
    revoke,
    restore: () =>
      Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke }),
  };
}

afterEach(() => {
  for (const client of clients.splice(0)) {
    client.dispose();
  }

  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createMemoryTicketClient', () => {
  describe('defaults', () => {
    it('gives a working demo without options', async () => {
      const client = createMemoryTicketClient({ supportActivity: false });
      clients.push(client);
      const form = await client.getFormOptions();
      const page = await client.listMyTickets({});

      expect(form.categories.map((category) => category.label)).toEqual([
        'Dashboard',
        'Reports',
        'Integrations',
        'User management',
        'Billing',
        'Other',
      ]);
      expect(form.categories.at(-1)).toEqual({ id: 'other', label: 'Other', other: true });
      expect(form.ticketTypes).toEqual(['bug', 'service-request', 'feature']);
      expect(form.attachments.maxFileSize).toBe(10 * 1024 * 1024);
      expect(form.attachments.maxFiles).toBe(5);
      expect(form.limits).toEqual({
        titleMaxLength: 120,
        descriptionMaxLength: 5000,
        commentMaxLength: 5000,
      });
      expect(page.tickets).toHaveLength(5);
      expect(page.tickets.map((ticket) => ticket.title)).not.toContain(
        'Contractors cannot accept their invitation',
      );
      expect(await client.getAccess()).toEqual({ status: 'enabled' });
    });

    it('seeds a closed ticket that rejects comments', async () => {
      const client = createMemoryTicketClient({ supportActivity: false });
      clients.push(client);
      const { tickets } = await client.listMyTickets({ status: 'resolved' });
      const details = await Promise.all(tickets.map((ticket) => client.getTicket(ticket.id)));
      const closed = details.find((detail) => !detail.acceptsComments);

      expect(closed).toBeDefined();
      const error = await rejection(client.addComment(closed!.id, { body: 'Hello?' }), 'invalid');

      expect(error.fieldErrors.body).toBe('This ticket is closed and takes no more replies');
    });

    it('moves samples to a known category', async () => {
      const client = createMemoryTicketClient({
        supportActivity: false,
        categories: [
          { id: 'general', label: 'General' },
          { id: 'other', label: 'Other', other: true },
        ],
      });
      clients.push(client);
      const { tickets } = await client.listMyTickets({});

      expect(new Set(tickets.map((ticket) => ticket.category.id))).toEqual(new Set(['general']));
    });
  });

  describe('keys and URLs', () => {
    it('numbers keys from HELP-101', async () => {
      const client = createClient();
      const first = await create(client);
      const second = await create(client);

      expect(first.key).toBe('HELP-101');
      expect(second.key).toBe('HELP-102');
      expect(first.url).toBe('https://support.example.com/tickets/HELP-101');
      expect(first.id).not.toBe(first.key);
    });

    it('continues after the highest seed key', async () => {
      const client = createClient({
        tickets: [{ title: 'Seed', key: 'HELP-150' }, { title: 'Seed without key' }],
      });
      const created = await create(client);
      const keys = (await listAll(client)).map((ticket) => ticket.key).sort();

      expect(keys).toEqual(['HELP-151', 'HELP-152', 'HELP-150'].sort());
      expect(created.key).toBe('HELP-152');
    });

    it('uses keyPrefix and portalUrl', async () => {
      const client = createClient({ keyPrefix: 'SUP', portalUrl: 'https://help.acme.test/r/' });
      const created = await create(client);

      expect(created.key).toBe('SUP-101');
      expect(created.url).toBe('https://help.acme.test/r/SUP-101');
    });
  });

  describe('createTicket', () => {
    it('starts as Waiting for support with one history entry', async () => {
      const client = createClient();
      const created = await create(client);
      const detail = await client.getTicket(created.id);

      expect(created.status).toEqual({ category: 'open', label: 'Waiting for support' });
      expect(detail.statusHistory).toEqual([
        { status: { category: 'open', label: 'Waiting for support' }, at: created.createdAt },
      ]);
      expect(detail.reporter).toEqual(USER);
      expect(created.createdAt).toBe(created.updatedAt);
    });

    it('trims the title and description', async () => {
      const client = createClient();
      const created = await create(client, { title: '  Spaces  ', description: '\n Text \n' });
      const detail = await client.getTicket(created.id);

      expect(detail.title).toBe('Spaces');
      expect(detail.description).toBe('Text');
    });

    it('keeps otherCategory only for the Other category', async () => {
      const client = createClient();
      const other = await create(client, { categoryId: 'other', otherCategory: ' Audit log ' });
      const dashboard = await create(client, { otherCategory: 'Audit log' });

      expect((await client.getTicket(other.id)).otherCategory).toBe('Audit log');
      expect((await client.getTicket(dashboard.id)).otherCategory).toBeUndefined();
    });

    it.each([
      ['a missing title', { title: '' }, 'title', 'Enter a title'],
      [
        'a long title',
        { title: 'x'.repeat(121) },
        'title',
        'Title must be 120 characters or fewer',
      ],
      [
        'a long description',
        { description: 'x'.repeat(5001) },
        'description',
        'Description must be 5,000 characters or fewer',
      ],
      ['an unknown type', { type: 'question' as never }, 'type', 'Choose a ticket type'],
      [
        'an unknown category',
        { categoryId: 'nope' },
        'categoryId',
        'Choose a category from the list',
      ],
      [
        'six files',
        { attachments: Array.from({ length: 6 }, (_, i) => new File(['x'], `${i}.txt`)) },
        'attachments',
        'Attach at most 5 files',
      ],
      [
        'a large file',
        {
          attachments: [
            new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }),
          ],
        },
        'attachments',
        '"big.png" is too large: files can be at most 10 MB',
      ],
      [
        'a program',
        { attachments: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' })] },
        'attachments',
        '"tool.exe" is not an accepted file type',
      ],
    ] as const)('rejects %s with a field message', async (_case, overrides, field, message) => {
      const client = createClient();
      const error = await rejection(create(client, overrides as Partial<TicketDraft>), 'invalid');

      expect(error.fieldErrors).toEqual({ [field]: message });
    });

    it('reports every invalid field at once', async () => {
      const client = createClient();
      const error = await rejection(
        create(client, { title: ' ', categoryId: 'nope', type: 'question' as never }),
        'invalid',
      );

      expect(Object.keys(error.fieldErrors).sort()).toEqual(['categoryId', 'title', 'type']);
    });

    it('counts the title in user-perceived characters', async () => {
      const client = createClient();
      const family = '👩‍👩‍👧';
      const created = await create(client, { title: family.repeat(120) });

      expect(created.title).toBe(family.repeat(120));
      await rejection(create(client, { title: family.repeat(121) }), 'invalid');
    });

    it('accepts a file by extension when its type is empty', async () => {
      const client = createClient();
      const created = await create(client, {
        attachments: [new File(['boot ok'], 'server.log', { type: '' })],
      });

      expect((await client.getTicket(created.id)).attachments[0]?.name).toBe('server.log');
    });

    it('replays a known key whatever the draft', async () => {
      const client = createClient();
      const first = await client.createTicket(draft(), { idempotencyKey: 'same' });
      const replay = await client.createTicket(draft({ title: '' }), { idempotencyKey: 'same' });

      expect(replay).toEqual(first);
      expect(replay.firstTicket).toBe(true);
      expect(await listAll(client)).toHaveLength(1);
    });

    it('rejects creation without enabled access', async () => {
      const access = { status: 'disabled' as const, message: 'Ticketing was turned off' };
      const client = createClient({ access });
      const error = await rejection(create(client), 'access-disabled');

      expect(error.message).toBe('Ticketing was turned off');
      expect(await client.getAccess()).toEqual(access);
      expect(await listAll(client)).toHaveLength(0);
    });
  });

  describe('attachments', () => {
    it('falls back to data: URLs without URL.createObjectURL', async () => {
      const urls = stubObjectUrls(undefined);

      try {
        const client = createClient();
        const created = await create(client, {
          attachments: [new File(['hello'], 'hello.txt', { type: 'text/plain' })],
        });
        const [attachment] = (await client.getTicket(created.id)).attachments;

        expect(attachment).toMatchObject({ name: 'hello.txt', size: 5, type: 'text/plain' });
        expect(attachment?.url).toBe(`data:text/plain;base64,${btoa('hello')}`);
      } finally {
        urls.restore();
      }
    });

    it('revokes blob: URLs on dispose', async () => {
      const urls = stubObjectUrls(() => 'blob:test/1');

      try {
        const client = createClient();
        const created = await create(client, {
          attachments: [new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' })],
        });

        expect((await client.getTicket(created.id)).attachments[0]?.url).toBe('blob:test/1');
        expect(urls.revoke).not.toHaveBeenCalled();
        client.dispose();
        expect(urls.revoke).toHaveBeenCalledWith('blob:test/1');
      } finally {
        urls.restore();
      }
    });
  });

  describe('latency', () => {
    it('resolves after the configured delay', async () => {
      vi.useFakeTimers();
      const client = createClient({ latency: 300 });
      const settled = vi.fn();

      client.getFormOptions().then(settled);
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledOnce();
    });

    it('draws the delay from a range', async () => {
      vi.useFakeTimers();
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      const client = createClient({ latency: { min: 100, max: 200 } });
      const settled = vi.fn();

      client.getFormOptions().then(settled);
      await vi.advanceTimersByTimeAsync(149);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledOnce();
    });

    it('aborts during the delay', async () => {
      vi.useFakeTimers();
      const client = createClient({ latency: 1000 });
      const controller = new AbortController();
      const pending = client
        .createTicket(draft(), { idempotencyKey: 'abort', signal: controller.signal })
        .catch((reason: unknown) => reason);

      await vi.advanceTimersByTimeAsync(500);
      controller.abort();
      const error = await pending;

      // The signal's DOMException comes from Node, not jsdom, so only its name is checked.
      expect((error as Error).name).toBe('AbortError');
      await vi.advanceTimersByTimeAsync(1000);
      const list = client.listMyTickets({});
      await vi.advanceTimersByTimeAsync(1000);
      expect((await list).tickets).toHaveLength(0);
    });
  });

  describe('failures', () => {
    it('fails createTicket once, then succeeds', async () => {
      const client = createClient({ failures: { createTicket: { error: 'network', times: 1 } } });

      await rejection(create(client), 'network');
      expect((await create(client)).key).toBe('HELP-101');
    });

    it('always fails listMyTickets with a code', async () => {
      const client = createClient({ failures: { listMyTickets: 'unavailable' } });

      for (let call = 0; call < 3; call += 1) {
        await rejection(client.listMyTickets({}), 'unavailable');
      }
    });

    it('rejects with the given error instance', async () => {
      const error = new TicketClientError('rate-limited', { retryAfterMs: 2000 });
      const client = createClient({ failures: { getTicket: error } });
      const created = await create(client);

      await expect(client.getTicket(created.id)).rejects.toBe(error);
    });

    it('gives injected rate limits a retry delay', async () => {
      const client = createClient({ failures: { getFormOptions: 'rate-limited' } });
      const error = await rejection(client.getFormOptions(), 'rate-limited');

      expect(error.retryAfterMs).toBe(1000);
    });

    it('asks a function about each call', async () => {
      const decide = vi.fn(({ attempt }: { attempt: number }) =>
        attempt % 2 === 1 ? new TicketClientError('timeout') : undefined,
      );
      const client = createClient({ failures: { addComment: decide } });
      const created = await create(client);

      await rejection(client.addComment(created.id, { body: 'One' }), 'timeout');
      await expect(client.addComment(created.id, { body: 'Two' })).resolves.toMatchObject({
        body: 'Two',
      });
      expect(decide).toHaveBeenNthCalledWith(1, {
        method: 'addComment',
        args: [created.id, { body: 'One' }],
        attempt: 1,
      });
    });

    it('applies rules in order until they run out', async () => {
      const client = createClient({
        failures: {
          getAccess: [
            { error: 'network', times: 1 },
            { error: 'timeout', times: 1 },
          ],
        },
      });

      await rejection(client.getAccess(), 'network');
      await rejection(client.getAccess(), 'timeout');
      await expect(client.getAccess()).resolves.toEqual({ status: 'enabled' });
    });

    it('applies the call before a response failure', async () => {
      const client = createClient({
        failures: { createTicket: { error: 'timeout', times: 1, phase: 'response' } },
      });

      await rejection(client.createTicket(draft(), { idempotencyKey: 'lost' }), 'timeout');
      const retry = await client.createTicket(draft(), { idempotencyKey: 'lost' });
      const tickets = await listAll(client);

      expect(tickets.map((ticket) => ticket.id)).toEqual([retry.id]);
      expect(retry.firstTicket).toBe(true);
    });

    it('replaces the rules with setFailures', async () => {
      const client = createClient({ failures: { getFormOptions: 'unknown' } });

      await rejection(client.getFormOptions(), 'unknown');
      client.setFailures({ listMyTickets: { error: 'forbidden', times: 1 } });
      await expect(client.getFormOptions()).resolves.toBeDefined();
      await rejection(client.listMyTickets({}), 'forbidden');
      await expect(client.listMyTickets({})).resolves.toBeDefined();
    });
  });

  describe('listMyTickets', () => {
    const demo = createDemoTickets(150, { now: new Date(START), seed: 7 });

    it('returns 20 tickets by default and at most 100', async () => {
      const client = createClient({ tickets: demo });

      expect((await client.listMyTickets({})).tickets).toHaveLength(20);
      expect((await client.listMyTickets({ limit: 500 })).tickets).toHaveLength(100);
      expect((await client.listMyTickets({ limit: 0 })).tickets).toHaveLength(1);
      expect((await client.listMyTickets({ limit: 2.7 })).tickets).toHaveLength(2);
    });

    it('rejects a cursor it did not make', async () => {
      const client = createClient({ tickets: demo });
      const error = await rejection(client.listMyTickets({ cursor: 'page-2' }), 'invalid');

      expect(error.fieldErrors.cursor).toEqual(expect.any(String));
    });

    it('pages through tickets with equal timestamps', async () => {
      const client = createClient({
        now: () => new Date(START),
        tickets: Array.from({ length: 10 }, (_, index) => ({ title: `Same time ${index}` })),
      });
      const tickets = await listAll(client, 3);
      const ids = tickets.map((ticket) => ticket.id);

      expect(new Set(ids).size).toBe(10);
      expect(ids).toEqual([...ids].sort().reverse());
    });

    it('skips no ticket when one updates between pages', async () => {
      const client = createClient({ tickets: demo });
      const first = await client.listMyTickets({ limit: 10 });
      const all = await listAll(client);
      const laterTicket = all[50]!;

      await client.addComment(laterTicket.id, { body: 'Bump' }).catch(() => undefined);
      client.setStatus(laterTicket.id, { category: 'open', label: 'Escalated' });
      const rest = [];
      let cursor = first.nextCursor;

      while (cursor !== null) {
        const page = await client.listMyTickets({ limit: 10, cursor });

        rest.push(...page.tickets);
        cursor = page.nextCursor;
      }

      const seen = [...first.tickets, ...rest].map((ticket) => ticket.id);
      const expected = all.map((ticket) => ticket.id).filter((id) => id !== laterTicket.id);

      expect(seen).toEqual(expected);
    });

    it('shows tickets whose reporter e-mail differs only in case', async () => {
      const client = createClient({
        tickets: [
          {
            id: 'mine',
            title: 'Mine',
            reporter: { name: 'Alex', email: 'ALEX.MORGAN@example.COM' },
          },
          { id: 'theirs', title: 'Theirs', reporter: OTHER_USER },
          { id: 'no-email', title: 'No e-mail', reporter: { name: 'Support bot' } },
        ],
      });

      expect((await listAll(client)).map((ticket) => ticket.id)).toEqual(['mine']);
      expect((await client.getTicket('mine')).title).toBe('Mine');
      await rejection(client.getTicket('no-email'), 'not-found');
    });

    it('rejects an unknown status filter', async () => {
      const client = createClient();

      await rejection(client.listMyTickets({ status: 'closed' as never }), 'invalid');
    });

    it('pages 10,000 tickets without gaps', async () => {
      const tickets = createDemoTickets(10_000, {
        now: new Date(START),
        otherReporterShare: 0.3,
      });
      const ownCount = tickets.filter((ticket) => ticket.reporter?.email === USER.email).length;
      const client = createClient({ tickets });
      const listed = await listAll(client, 100);

      expect(listed).toHaveLength(ownCount);
      expect(new Set(listed.map((ticket) => ticket.id)).size).toBe(ownCount);
    });
  });

  describe('comments', () => {
    it('stores files attached to a reply', async () => {
      const client = createClient();
      const created = await create(client);
      const file = new File(['line 1'], 'console.log', { type: 'text/plain' });

      const comment = await client.addComment(created.id, { body: 'Logs', attachments: [file] });

      expect(comment.attachments).toHaveLength(1);
      expect(comment.attachments[0]).toMatchObject({ name: 'console.log', size: 6 });
      expect(comment.attachments[0]?.url).toMatch(/^(blob|data):/);
    });

    it('rejects reply files when replies take none', async () => {
      const client = createClient({ commentAttachmentRules: null });
      const created = await create(client);
      const file = new File(['x'], 'notes.txt', { type: 'text/plain' });

      expect((await client.getFormOptions()).commentAttachments).toBeUndefined();
      await rejection(
        client.addComment(created.id, { body: 'Hi', attachments: [file] }),
        'invalid',
      );
    });

    it('offers the ticket rules for replies by default', async () => {
      const client = createClient();
      const options = await client.getFormOptions();

      expect(options.commentAttachments).toEqual(options.attachments);
    });

    it('rejects a reply file of a type not accepted', async () => {
      const client = createClient();
      const created = await create(client);
      const file = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });

      await rejection(
        client.addComment(created.id, { body: 'Here', attachments: [file] }),
        'invalid',
      );
      expect((await client.getTicket(created.id)).comments).toHaveLength(0);
    });

    it('reopens a ticket waiting for the user', async () => {
      const client = createClient();
      const created = await create(client);

      client.simulateSupportReply(created.id, 'Which browser?');
      await client.addComment(created.id, { body: 'Firefox 128' });
      const detail = await client.getTicket(created.id);

      expect(detail.status).toEqual({ category: 'open', label: 'Waiting for support' });
      expect(detail.statusHistory.map((change) => change.status.label)).toEqual([
        'Waiting for support',
        'Waiting for you',
        'Waiting for support',
      ]);
      expect(detail.comments.map((comment) => comment.fromSupport)).toEqual([true, false]);
    });

    it('reopens a resolved ticket that takes replies', async () => {
      const client = createClient();
      const created = await create(client);

      client.setStatus(created.id, { category: 'resolved', label: 'Resolved' });
      await client.addComment(created.id, { body: 'It is back' });

      expect((await client.getTicket(created.id)).status.category).toBe('open');
    });

    it('keeps the label of an open ticket', async () => {
      const client = createClient();
      const created = await create(client);

      client.setStatus(created.id, { category: 'open', label: 'In review' });
      await client.addComment(created.id, { body: 'More logs attached' });

      expect((await client.getTicket(created.id)).status.label).toBe('In review');
    });

    it('trims and counts comment graphemes', async () => {
      const client = createClient({ limits: { commentMaxLength: 3 } });
      const created = await create(client);
      const comment = await client.addComment(created.id, { body: '  é👍🏽x  ' });
      const error = await rejection(client.addComment(created.id, { body: 'abcd' }), 'invalid');

      expect(comment.body).toBe('é👍🏽x');
      expect(comment.author).toEqual(USER);
      expect(error.fieldErrors.body).toBe('Comment must be 3 characters or fewer');
    });

    it('asks for a body when it is blank', async () => {
      const client = createClient();
      const created = await create(client);
      const error = await rejection(client.addComment(created.id, { body: ' ' }), 'invalid');

      expect(error.fieldErrors).toEqual({ body: 'Enter a comment' });
    });
  });

  describe('participants', () => {
    it('trims the address and lowercases its domain', async () => {
      const client = createClient();
      const created = await create(client);
      const participants = await client.addParticipant(created.id, {
        email: '  Jane.Doe@Example.COM ',
      });

      expect(participants).toEqual([{ email: 'Jane.Doe@example.com' }]);
    });

    it.each([
      ['a malformed address', 'jane@localhost', 'Enter an e-mail address like name@example.com'],
      [
        'the current user',
        'alex.morgan@EXAMPLE.com',
        'You already receive updates on your own tickets',
      ],
      ['a participant', 'casey@example.com', 'casey@example.com is already a participant'],
      [
        'an address without an account',
        'guest@partner.example',
        'guest@partner.example has no support account',
      ],
    ])('rejects %s with a message on email', async (_case, email, message) => {
      const client = createClient({
        validateParticipant: (address) =>
          address.endsWith('@partner.example') ? `${address} has no support account` : undefined,
      });
      const created = await create(client);

      await client.addParticipant(created.id, { email: 'Casey@example.com' });
      const error = await rejection(client.addParticipant(created.id, { email }), 'invalid');

      expect(error.fieldErrors).toEqual({ email: message });
    });

    it('leaves updatedAt alone', async () => {
      const client = createClient();
      const created = await create(client);

      await client.addParticipant(created.id, { email: 'casey@example.com' });
      await client.removeParticipant(created.id, { email: 'casey@example.com' });

      expect((await client.getTicket(created.id)).updatedAt).toBe(created.updatedAt);
    });

    it('ignores removing a non-participant', async () => {
      const client = createClient();
      const created = await create(client);
      const listener = vi.fn();

      await client.addParticipant(created.id, { email: 'casey@example.com' });
      client.subscribe(listener);
      const remaining = await client.removeParticipant(created.id, { email: 'kim@example.com' });

      expect(remaining).toEqual([{ email: 'casey@example.com' }]);
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('support activity', () => {
    it('reviews after 4 s and replies after 8 s by default', async () => {
      vi.useFakeTimers();
      const client = createClient({ supportActivity: undefined, now: () => new Date() });
      const created = await create(client);

      await vi.advanceTimersByTimeAsync(3999);
      expect((await client.getTicket(created.id)).status.label).toBe('Waiting for support');
      await vi.advanceTimersByTimeAsync(1);
      expect((await client.getTicket(created.id)).status).toEqual({
        category: 'open',
        label: 'In review',
      });
      await vi.advanceTimersByTimeAsync(4000);
      const detail = await client.getTicket(created.id);

      expect(detail.status).toEqual({ category: 'waiting-for-user', label: 'Waiting for you' });
      expect(detail.statusHistory.map((change) => change.status.label)).toEqual([
        'Waiting for support',
        'In review',
        'Waiting for you',
      ]);
      expect(detail.comments).toHaveLength(1);
      expect(detail.comments[0]).toMatchObject({
        fromSupport: true,
        author: { name: 'Jordan Lee' },
      });
      expect(detail.comments[0]?.body).toContain(created.title);
      expect(detail.updatedAt).toBe(detail.comments[0]?.createdAt);
    });

    it('follows custom timings and reply body', async () => {
      vi.useFakeTimers();
      const client = createClient({
        supportActivity: { reviewAfterMs: 100, replyAfterMs: 200, replyBody: 'Looking now.' },
      });
      const created = await create(client);

      await vi.advanceTimersByTimeAsync(200);
      const detail = await client.getTicket(created.id);

      expect(detail.comments.map((comment) => comment.body)).toEqual(['Looking now.']);
      expect(detail.status.category).toBe('waiting-for-user');
    });

    it('does nothing when turned off', async () => {
      vi.useFakeTimers();
      const client = createClient({ supportActivity: false });
      const created = await create(client);

      await vi.advanceTimersByTimeAsync(60_000);
      expect((await client.getTicket(created.id)).comments).toEqual([]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stops when the client is disposed', async () => {
      vi.useFakeTimers();
      const client = createClient({ supportActivity: {} });
      const created = await create(client);

      client.dispose();
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect((await client.getTicket(created.id)).status.label).toBe('Waiting for support');
    });

    it('leaves a ticket alone once it is resolved', async () => {
      vi.useFakeTimers();
      const client = createClient({ supportActivity: {} });
      const created = await create(client);

      client.setStatus(created.id, { category: 'resolved', label: 'Resolved' });
      await vi.advanceTimersByTimeAsync(60_000);
      const detail = await client.getTicket(created.id);

      expect(detail.status.label).toBe('Resolved');
      expect(detail.comments).toEqual([]);
    });
  });

  describe('support helpers', () => {
    it('setStatus can close to replies', async () => {
      const client = createClient();
      const created = await create(client);
      const detail = client.setStatus(
        created.id,
        { category: 'resolved', label: 'Closed' },
        { acceptsComments: false },
      );

      expect(detail.statusHistory.at(-1)).toEqual({
        status: { category: 'resolved', label: 'Closed' },
        at: detail.updatedAt,
      });
      expect(detail.updatedAt > created.updatedAt).toBe(true);
      await rejection(client.addComment(created.id, { body: 'Hi' }), 'invalid');
    });

    it('setStatus records nothing for the current status', async () => {
      const client = createClient();
      const created = await create(client);
      const detail = client.setStatus(created.id, created.status);

      expect(detail.statusHistory).toHaveLength(1);
      expect(detail.updatedAt).toBe(created.updatedAt);
    });

    it('setStatus acts on any existing ticket', () => {
      const client = createClient({
        tickets: [{ id: 'theirs', title: 'T', reporter: OTHER_USER }],
      });

      expect(
        client.setStatus('theirs', { category: 'open', label: 'In review' }).status.label,
      ).toBe('In review');
      expect(() => client.setStatus('nope', { category: 'open', label: 'X' })).toThrow(
        TicketClientError,
      );
    });

    it('simulateSupportReply can keep the status', async () => {
      const client = createClient();
      const created = await create(client);
      const comment = client.simulateSupportReply(created.id, 'Still checking.', { status: null });
      const detail = await client.getTicket(created.id);

      expect(comment).toMatchObject({ body: 'Still checking.', fromSupport: true });
      expect(detail.status.label).toBe('Waiting for support');
      expect(detail.updatedAt).toBe(comment.createdAt);
    });
  });

  describe('subscribe', () => {
    it('reports created and updated tickets until unsubscribed', async () => {
      const client = createClient();
      const listener = vi.fn();
      const unsubscribe = client.subscribe(listener);
      const created = await create(client);

      await client.addComment(created.id, { body: 'Hi' });
      unsubscribe();
      await client.addComment(created.id, { body: 'Again' });

      expect(listener.mock.calls).toEqual([
        [{ type: 'created', ticketId: created.id }],
        [{ type: 'updated', ticketId: created.id }],
      ]);
    });

    it('logs a listener that throws and goes on', async () => {
      const client = createClient();
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const second = vi.fn();

      client.subscribe(() => {
        throw new Error('listener bug');
      });
      client.subscribe(second);
      await create(client);

      expect(error).toHaveBeenCalledOnce();
      expect(second).toHaveBeenCalledOnce();
    });
  });

  describe('reset', () => {
    it('restores seeds and clears keys', async () => {
      const client = createClient({ tickets: [{ id: 'seed', title: 'Seed' }] });
      const listener = vi.fn();

      client.subscribe(listener);
      await client.addComment('seed', { body: 'Changed' });
      const created = await client.createTicket(draft(), { idempotencyKey: 'k' });
      client.reset();
      const again = await client.createTicket(draft(), { idempotencyKey: 'k' });

      expect(listener).toHaveBeenCalledWith({ type: 'reset' });
      expect((await client.getTicket('seed')).comments).toEqual([]);
      await rejection(client.getTicket(created.id), 'not-found');
      expect((await listAll(client)).map((ticket) => ticket.id)).toEqual([again.id, 'seed']);
    });
  });

  describe('persistence', () => {
    let storage: TestStorage;

    beforeEach(() => {
      storage = new TestStorage();
    });

    it('keeps tickets across a reload', async () => {
      const before = createClient({ persist: { key: 'tickets', storage } });
      const created = await create(before);
      await before.addComment(created.id, { body: 'Saved comment' });
      const after = createClient({ persist: { key: 'tickets', storage } });
      const detail = await after.getTicket(created.id);
      const next = await create(after);

      expect(detail.key).toBe(created.key);
      expect(detail.comments.map((comment) => comment.body)).toEqual(['Saved comment']);
      expect(next.key).toBe('HELP-102');
      expect(next.id).not.toBe(created.id);
      expect(next.firstTicket).toBe(false);
    });

    it('uses localStorage when no storage is given', async () => {
      const before = createClient({ persist: { key: 'demo' } });
      const created = await create(before);
      const after = createClient({ persist: { key: 'demo' } });

      expect(window.localStorage.getItem('demo')).toContain(created.id);
      expect((await after.getTicket(created.id)).title).toBe(created.title);
    });

    it('saves only small files inline', async () => {
      const urls = stubObjectUrls(() => 'blob:test/large');

      try {
        const options = { persist: { key: 't', storage, maxInlineAttachmentSize: 10 } };
        const before = createClient(options);
        const created = await create(before, {
          attachments: [
            new File(['small'], 'small.txt', { type: 'text/plain' }),
            new File(['more than ten bytes'], 'large.txt', { type: 'text/plain' }),
          ],
        });
        const sessionUrls = (await before.getTicket(created.id)).attachments.map((a) => a.url);
        const reloadedUrls = (await createClient(options).getTicket(created.id)).attachments.map(
          (a) => a.url,
        );

        expect(sessionUrls).toEqual([`data:text/plain;base64,${btoa('small')}`, 'blob:test/large']);
        expect(reloadedUrls).toEqual([`data:text/plain;base64,${btoa('small')}`, 'about:blank']);
      } finally {
        urls.restore();
      }
    });

    it('saves the seeds again on reset', async () => {
      const options = { persist: { key: 't', storage }, tickets: [{ id: 'seed', title: 'Seed' }] };
      const client = createClient(options);

      await create(client);
      client.reset();
      const reloaded = createClient(options);

      expect((await listAll(reloaded)).map((ticket) => ticket.id)).toEqual(['seed']);
    });

    it('ignores an unreadable saved state', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

      storage.setItem('t', '{"version":1,"tickets":"oops"');
      const client = createClient({ persist: { key: 't', storage }, tickets: [{ title: 'Seed' }] });

      expect((await listAll(client)).map((ticket) => ticket.title)).toEqual(['Seed']);
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toMatch(/^react-support-tickets: /);
    });

    it('starts from the seeds when reading fails', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

      vi.spyOn(storage, 'getItem').mockImplementation(() => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      });
      const client = createClient({ persist: { key: 't', storage }, tickets: [{ title: 'Seed' }] });

      expect((await listAll(client)).map((ticket) => ticket.title)).toEqual(['Seed']);
      expect(warn).toHaveBeenCalledOnce();
    });

    it('warns once when saving fails', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const client = createClient({ persist: { key: 't', storage } });

      storage.failWrites = true;
      await create(client);
      await create(client);

      expect(warn).toHaveBeenCalledOnce();
      expect(await listAll(client)).toHaveLength(2);
    });
  });

  describe('searchHelpArticles', () => {
    it('ranks title matches first and honours the limit', async () => {
      const client = createClient();
      const articles = await client.searchHelpArticles({
        text: 'How do I EXPORT a report?',
        limit: 2,
      });

      expect(articles[0]?.id).toBe('export-reports');
      expect(articles.length).toBeLessThanOrEqual(2);
    });

    it('matches word prefixes and skips stop words', async () => {
      const client = createClient();

      expect((await client.searchHelpArticles({ text: 'invoic', limit: 5 }))[0]?.id).toBe(
        'download-invoices',
      );
      expect(await client.searchHelpArticles({ text: 'how to do it', limit: 5 })).toEqual([]);
      expect(await client.searchHelpArticles({ text: '   ', limit: 5 })).toEqual([]);
    });

    it('searches the given articles', async () => {
      const article = { id: 'a', title: 'Reconnect Jira', url: 'https://docs.test/a' };
      const client = createClient({ helpArticles: [article] });

      expect(await client.searchHelpArticles({ text: 'jira', limit: 5 })).toEqual([article]);
    });
  });

  describe('copies', () => {
    it('returns objects the caller may change freely', async () => {
      const client = createClient();
      const created = await create(client);
      const form = await client.getFormOptions();
      const detail = await client.getTicket(created.id);

      form.categories[0]!.label = 'Changed';
      detail.status.label = 'Changed';
      detail.comments.push(detail.comments[0]!);

      expect((await client.getFormOptions()).categories[0]?.label).toBe('Dashboard');
      expect((await client.getTicket(created.id)).status.label).toBe('Waiting for support');
    });
  });
});

describe('createDemoTickets', () => {
  const now = new Date(START);

  it('repeats output for one seed', () => {
    expect(createDemoTickets(50, { seed: 3, now })).toEqual(
      createDemoTickets(50, { seed: 3, now }),
    );
    expect(createDemoTickets(50, { seed: 4, now })).not.toEqual(
      createDemoTickets(50, { seed: 3, now }),
    );
  });

  it('makes plausible tickets oldest first', () => {
    const tickets: MemoryTicketSeed[] = createDemoTickets(500, { now, otherReporterShare: 0.5 });
    const others = tickets.filter((ticket) => ticket.reporter?.email !== USER.email);

    expect(tickets).toHaveLength(500);
    expect(others.length).toBeGreaterThan(150);
    expect(others.length).toBeLessThan(350);
    for (let index = 0; index < tickets.length; index += 1) {
      const ticket = tickets[index]!;

      expect(ticket.title.length).toBeLessThanOrEqual(120);
      expect(ticket.updatedAt! >= ticket.createdAt!).toBe(true);
      expect(Date.parse(ticket.updatedAt!)).toBeLessThanOrEqual(now.getTime());
      expect(ticket.statusHistory?.[0]?.at).toBe(ticket.createdAt);
      if (index > 0) {
        expect(ticket.createdAt! >= tickets[index - 1]!.createdAt!).toBe(true);
      }
    }
    expect(new Set(tickets.map((t) => t.statusHistory?.at(-1)?.status.category))).toEqual(
      new Set(['open', 'waiting-for-user', 'resolved']),
    );
  });

  it('loads into the client', async () => {
    const client = createClient({ tickets: createDemoTickets(30, { now }) });
    const tickets = await listAll(client);

    expect(tickets).toHaveLength(30);
    expect(tickets[0]!.key > 'HELP-1').toBe(true);
  });
});

describe('countCharacters', () => {
  it('counts graphemes', () => {
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👩‍👩‍👧')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });

  it('counts code points without Intl.Segmenter', async () => {
    vi.resetModules();
    // An Intl without Segmenter, as in older browsers.
    vi.stubGlobal('Intl', {});

    try {
      const text = await import('../src/utils/text');

      expect(text.countCharacters('👩‍👩‍👧')).toBe(5);
      expect(text.countCharacters('😀x')).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
