import type { DraftAttempt, DraftEntry } from './draftStore';
import type { DraftStorage, DraftValues } from './types';

const STORAGE_PREFIX = 'react-support-tickets:draft:';

/** The part of a draft kept in Web Storage: text fields and keys, but no files. */
export interface StoredDraft {
  values: DraftValues;
  idempotencyKey?: string;
  draftId?: string;
  /** Token of the client that wrote it (see `clientToken` in draftStore.ts). */
  owner?: string;
  /** Names of the files attached when it was written. */
  attachmentNames: string[];
  lastAttempt?: DraftAttempt;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function textList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function readValues(value: Record<string, unknown>): DraftValues {
  return {
    type: text(value.type) as DraftValues['type'],
    title: text(value.title),
    categoryId: text(value.categoryId),
    otherCategory: text(value.otherCategory),
    description: text(value.description),
  };
}

function readAttempt(value: unknown): DraftAttempt | undefined {
  if (typeof value !== 'object' || value === null || !('values' in value)) {
    return undefined;
  }

  const attempt = value as { values: unknown; files?: unknown };

  return typeof attempt.values === 'object' && attempt.values !== null
    ? {
        values: readValues(attempt.values as Record<string, unknown>),
        files: textList(attempt.files),
      }
    : undefined;
}

/** Returns the draft stored under `key`, or undefined when there is none or it cannot be read. */
export function readStoredDraft(
  key: string,
  storage: DraftStorage | undefined,
): StoredDraft | undefined {
  try {
    const raw = storage?.getItem(STORAGE_PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;

    if (typeof parsed !== 'object' || parsed === null) {
      return undefined;
    }

    const stored = parsed as Record<string, unknown>;

    return {
      values: readValues(stored),
      idempotencyKey: typeof stored.idempotencyKey === 'string' ? stored.idempotencyKey : undefined,
      draftId: typeof stored.draftId === 'string' ? stored.draftId : undefined,
      owner: typeof stored.owner === 'string' ? stored.owner : undefined,
      attachmentNames: textList(stored.attachmentNames),
      lastAttempt: readAttempt(stored.lastAttempt),
    };
  } catch {
    return undefined;
  }
}

/** Stores the text of `entry` under `key`, or removes it once its ticket is created. */
export function writeStoredDraft(
  key: string,
  entry: DraftEntry,
  owner: string,
  storage: DraftStorage | undefined,
) {
  try {
    if (entry.created) {
      storage?.removeItem(STORAGE_PREFIX + key);

      return;
    }

    storage?.setItem(
      STORAGE_PREFIX + key,
      JSON.stringify({
        ...entry.values,
        idempotencyKey: entry.idempotencyKey,
        draftId: entry.draftId,
        owner,
        attachmentNames: [
          ...(entry.lostAttachments ?? []),
          ...entry.attachments.map(({ file }) => file.name),
        ],
        lastAttempt: entry.lastAttempt,
      }),
    );
  } catch {
    // A full or blocked storage only costs the copy that survives a reload.
  }
}

/** Removes the draft stored under `key`. */
export function removeStoredDraft(key: string, storage: DraftStorage | undefined) {
  try {
    storage?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: a blocked storage contains nothing new.
  }
}
