import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
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
  return {
    values: initialValues(defaults),
    attachments: [],
    idempotencyKey: createIdempotencyKey(),
  };
}

/**
 * Returns the draft under `key` (or a new one that is stored on its first change) and functions
 * that change it. `save` merges a change, or the result of a function of the latest draft; `discard` forgets the draft and starts a new one.
 */
export function useDraft(
  key: string,
  storage: DraftStorage | undefined,
  defaults: Partial<CreateTicketDefaultValues> | undefined,
) {
  const subscribe = useCallback((listener: () => void) => subscribeDraft(key, listener), [key]);
  const stored = useSyncExternalStore(
    subscribe,
    () => readDraft(key, storage),
    () => undefined,
  );
  const [fresh, setFresh] = useState(() => newEntry(defaults));
  const entry = stored ?? fresh;
  const entryRef = useRef(entry);

  entryRef.current = entry;

  const save = useCallback(
    (
      change: Partial<DraftEntry> | ((current: DraftEntry) => Partial<DraftEntry>),
      options: { silent?: boolean } = {},
    ) => {
      const current = readDraft(key, storage) ?? entryRef.current;
      const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };

      entryRef.current = next;
      writeDraft(key, next, storage, options.silent);
    },
    [key, storage],
  );

  const defaultsRef = useRef(defaults);

  defaultsRef.current = defaults;

  const discard = useCallback(() => {
    setFresh(newEntry(defaultsRef.current));
    clearDraft(key, storage);
  }, [key, storage]);

  return { entry, save, discard };
}
