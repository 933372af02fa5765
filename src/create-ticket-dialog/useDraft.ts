import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { TicketClient } from '../client/types';
import type { CreateTicketDefaultValues, DraftStorage, DraftValues } from './types';
import {
  clearDraft,
  createIdempotencyKey,
  readDraft,
  subscribeDraft,
  writeDraft,
  type DraftEntry,
} from './draftStore';

/** Returns the form values a new draft starts with. */
export function initialValues(
  defaults: Partial<CreateTicketDefaultValues> | undefined,
): DraftValues {
  return {
    type: defaults?.type ?? '',
    title: defaults?.title ?? '',
    categoryId: defaults?.categoryId ?? '',
    otherCategory: '',
    description: defaults?.description ?? '',
  };
}

function newEntry(defaults: Partial<CreateTicketDefaultValues> | undefined): DraftEntry {
  const idempotencyKey = createIdempotencyKey();

  return {
    draftId: idempotencyKey,
    values: initialValues(defaults),
    attachments: [],
    idempotencyKey,
  };
}

/**
 * A change to a draft: the fields to merge, or a function of the latest draft that returns them,
 * or null to leave the draft as it is.
 */
export type DraftChange =
  Partial<DraftEntry> | ((current: DraftEntry) => Partial<DraftEntry> | null);

/**
 * Returns the draft of `client` under `key` (or a new one that is stored on its first change) and
 * functions that change it. `save` merges a change into the latest draft, and `discard` clears
 * the draft and starts a new one.
 */
export function useDraft(
  client: TicketClient,
  key: string,
  storage: DraftStorage | undefined,
  defaults: Partial<CreateTicketDefaultValues> | undefined,
) {
  const subscribe = useCallback((listener: () => void) => subscribeDraft(key, listener), [key]);
  const stored = useSyncExternalStore(
    subscribe,
    () => readDraft(client, key, storage),
    () => undefined,
  );
  const [fresh, setFresh] = useState(() => newEntry(defaults));
  const entry = stored ?? fresh;
  const entryRef = useRef(entry);

  entryRef.current = entry;

  const save = useCallback(
    (change: DraftChange, options: { silent?: boolean } = {}) => {
      const current = readDraft(client, key, storage) ?? entryRef.current;
      const fields = typeof change === 'function' ? change(current) : change;

      if (fields === null) {
        return;
      }

      const next = { ...current, ...fields };

      entryRef.current = next;
      writeDraft(client, key, next, storage, options.silent);
    },
    [client, key, storage],
  );

  const defaultsRef = useRef(defaults);

  defaultsRef.current = defaults;

  const discard = useCallback(() => {
    const next = newEntry(defaultsRef.current);

    // Set at once: a request that ends after the dialog closed must not find the old draft here.
    entryRef.current = next;
    setFresh(next);
    clearDraft(client, key, storage);
  }, [client, key, storage]);

  return { entry, save, discard };
}
