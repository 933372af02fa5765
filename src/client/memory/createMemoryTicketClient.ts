import { TicketClientError } from '../errors';
import type { FormOptions } from '../types';
import { MemoryBackend } from './backend';
import {
  DEFAULT_ACCESS,
  DEFAULT_ATTACHMENT_RULES,
  DEFAULT_CATEGORIES,
  DEFAULT_CURRENT_USER,
  DEFAULT_LIMITS,
  DEFAULT_PORTAL_URL,
  DEFAULT_SUPPORT_AGENT,
  DEFAULT_TICKET_TYPES,
  WAITING_FOR_YOU,
} from './defaults';
import { createFailureInjector } from './failures';
import { checkAttachments } from './attachments';
import { prepareFiles } from './files';
import { DEFAULT_HELP_ARTICLES, searchArticles } from './helpArticles';
import { listPage } from './paging';
import { DEFAULT_MAX_INLINE_ATTACHMENT_SIZE, createPersistence } from './persistence';
import { delay, pickLatency, throwIfAborted } from './request';
import { createSampleTickets } from './sampleTickets';
import { TicketStore, cloneDetail } from './store';
import { createSupportActivity } from './supportActivity';
import type {
  MemoryMethodName,
  MemoryTicketClient,
  MemoryTicketClientOptions,
  MemoryTicketSeed,
} from './types';
import { invalid, validateDraft } from './validation';

function resolveFormOptions(options: MemoryTicketClientOptions): FormOptions {
  return {
    ticketTypes: [...(options.ticketTypes ?? DEFAULT_TICKET_TYPES)],
    categories: (options.categories ?? DEFAULT_CATEGORIES).map((category) => ({ ...category })),
    attachments: options.attachmentRules ?? DEFAULT_ATTACHMENT_RULES,
    commentAttachments:
      options.commentAttachmentRules === null
        ? undefined
        : (options.commentAttachmentRules ?? options.attachmentRules ?? DEFAULT_ATTACHMENT_RULES),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
}

/** Returns the sample tickets, moved to the first category where their own is not offered. */
function createDefaultSeeds(form: FormOptions, now: Date): MemoryTicketSeed[] {
  const knownIds = new Set(form.categories.map((category) => category.id));

  return createSampleTickets(now).map((seed) =>
    seed.categoryId === undefined || knownIds.has(seed.categoryId)
      ? seed
      : { ...seed, categoryId: form.categories[0]?.id },
  );
}

/**
 * Creates a `TicketClient` that keeps tickets in memory, for demos, stories and tests. It behaves
 * like the helpdesk customer APIs where the components can tell: validation with field errors,
 * idempotent creation, keyset paging, hidden tickets of other users and scripted support replies.
 */
export function createMemoryTicketClient(
  options: MemoryTicketClientOptions = {},
): MemoryTicketClient {
  const now = options.now ?? (() => new Date());
  const access = options.access ?? DEFAULT_ACCESS;
  const latency = options.latency ?? 0;
  const helpArticles = options.helpArticles ?? DEFAULT_HELP_ARTICLES;
  const form = resolveFormOptions(options);
  const store = new TicketStore(
    options.keyPrefix ?? 'HELP',
    options.portalUrl ?? DEFAULT_PORTAL_URL,
  );
  const persistence = options.persist ? createPersistence(options.persist) : undefined;
  const maxInlineSize = options.persist
    ? (options.persist.maxInlineAttachmentSize ?? DEFAULT_MAX_INLINE_ATTACHMENT_SIZE)
    : undefined;
  const failures = createFailureInjector(options.failures);
  const currentUser = options.currentUser ?? DEFAULT_CURRENT_USER;
  let disposed = false;

  const backend: MemoryBackend = new MemoryBackend({
    store,
    persistence,
    currentUser,
    supportAgent: options.supportAgent ?? DEFAULT_SUPPORT_AGENT,
    form,
    now,
    seeds: () => options.tickets ?? createDefaultSeeds(form, now()),
    validateParticipant: options.validateParticipant,
    onTicketCreated: (ticketId) => {
      if (!disposed) {
        support.schedule(ticketId);
      }
    },
  });

  const support = createSupportActivity(options.supportActivity, {
    setStatus(ticketId, status) {
      const ticket = store.get(ticketId);

      if (ticket !== undefined && ticket.status.category !== 'resolved') {
        backend.setStatus(ticket, status);
      }
    },
    reply(ticketId, body) {
      const ticket = store.get(ticketId);

      if (ticket !== undefined && ticket.status.category !== 'resolved') {
        backend.addSupportReply(ticket, body(cloneDetail(ticket)), WAITING_FOR_YOU);
      }
    },
  });

  /** Waits the simulated latency, then applies injected failures around the operation. */
  async function run<T>(
    method: MemoryMethodName,
    args: readonly unknown[],
    signal: AbortSignal | undefined,
    operation: () => T | Promise<T>,
  ): Promise<T> {
    throwIfAborted(signal);
    await delay(pickLatency(latency), signal);
    throwIfAborted(signal);

    const failure = failures.nextFailure(method, args);

    if (failure?.phase === 'request') {
      throw failure.error;
    }

    const result = await operation();

    if (failure?.phase === 'response') {
      throw failure.error;
    }

    return result;
  }

  // NOTE: scripted support activity lives in timers, so a ticket saved before a reload never
  // gets the steps it had not reached yet.
  const saved = persistence?.load();

  if (saved === undefined) {
    backend.loadSeeds();
  } else {
    store.load(saved);
  }

  return {
    getFormOptions({ signal } = {}) {
      return run('getFormOptions', [], signal, () => ({
        ticketTypes: [...form.ticketTypes],
        categories: form.categories.map((category) => ({ ...category })),
        attachments: { ...form.attachments, accept: [...form.attachments.accept] },
        commentAttachments: form.commentAttachments && {
          ...form.commentAttachments,
          accept: [...form.commentAttachments.accept],
        },
        limits: { ...form.limits },
      }));
    },

    createTicket(draft, { idempotencyKey, signal }) {
      return run('createTicket', [draft], signal, async () => {
        const replay = backend.createdByKey.get(idempotencyKey);

        if (replay !== undefined) {
          return { ...replay };
        }

        if (access.status !== 'enabled') {
          throw new TicketClientError('access-disabled', {
            message: access.message ?? `Ticketing is ${access.status} for this account`,
          });
        }

        const fieldErrors = validateDraft(draft, form);
        const invalidFields = Object.keys(fieldErrors);

        if (invalidFields.length > 0) {
          throw invalid(`Ticket draft is invalid: ${invalidFields.join(', ')}`, fieldErrors);
        }

        const files = await prepareFiles(draft.attachments ?? [], maxInlineSize, signal);

        throwIfAborted(signal);

        // A concurrent call with the same key may have created the ticket while files were read.
        const concurrent = backend.createdByKey.get(idempotencyKey);

        if (concurrent !== undefined) {
          return { ...concurrent };
        }

        const created = backend.createTicket(draft, files);

        backend.createdByKey.set(idempotencyKey, created);

        return { ...created };
      });
    },

    listMyTickets(query, { signal } = {}) {
      return run('listMyTickets', [query], signal, () =>
        listPage(store.values(), query ?? {}, currentUser.email),
      );
    },

    getTicket(ticketId, { signal } = {}) {
      return run('getTicket', [ticketId], signal, () =>
        cloneDetail(backend.findOwnTicket(ticketId)),
      );
    },

    addComment(ticketId, comment, { signal } = {}) {
      return run('addComment', [ticketId, comment], signal, async () => {
        const attachments = comment?.attachments ?? [];
        const attachmentError =
          form.commentAttachments === undefined
            ? attachments.length > 0
              ? 'Replies take no files'
              : undefined
            : checkAttachments(attachments, form.commentAttachments);

        if (attachmentError !== undefined) {
          throw invalid('Comment attachments are invalid', { attachments: attachmentError });
        }

        const files = await prepareFiles(attachments, maxInlineSize, signal);

        throwIfAborted(signal);

        return backend.addUserComment(ticketId, comment?.body, files);
      });
    },

    addParticipant(ticketId, participant, { signal } = {}) {
      return run('addParticipant', [ticketId, participant], signal, () =>
        backend.addParticipant(ticketId, participant?.email),
      );
    },

    removeParticipant(ticketId, participant, { signal } = {}) {
      return run('removeParticipant', [ticketId, participant], signal, () =>
        backend.removeParticipant(ticketId, participant?.email),
      );
    },

    searchHelpArticles(query, { signal } = {}) {
      return run('searchHelpArticles', [query], signal, () =>
        searchArticles(helpArticles, query?.text ?? '', query?.limit ?? 5),
      );
    },

    getAccess({ signal } = {}) {
      return run('getAccess', [], signal, () => ({ ...access }));
    },

    setStatus(ticketId, status, { acceptsComments } = {}) {
      const ticket = backend.findAnyTicket(ticketId);

      backend.setStatus(ticket, status, acceptsComments);

      return cloneDetail(ticket);
    },

    simulateSupportReply(ticketId, body, { status = WAITING_FOR_YOU } = {}) {
      return backend.addSupportReply(backend.findAnyTicket(ticketId), body, status);
    },

    setFailures(next) {
      failures.setFailures(next);
    },

    subscribe(listener) {
      return backend.subscribe(listener);
    },

    reset() {
      support.clear();
      backend.createdByKey.clear();
      backend.objectUrls.revokeAll();
      backend.loadSeeds();
      backend.notify({ type: 'reset' });
    },

    dispose() {
      disposed = true;
      support.clear();
      backend.objectUrls.revokeAll();
      backend.clearListeners();
    },
  };
}
