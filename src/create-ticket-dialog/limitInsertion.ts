import { useLayoutEffect, useRef } from 'react';
import { countCharacters } from '../utils/text';
import { truncateCharacters } from '../utils/truncateText';

/** Result of `limitInsertion`. */
export interface LimitedText {
  text: string;
  /** True when part of the inserted text was left out. */
  truncated: boolean;
  /** Caret position after the kept part of the insertion, when text was left out. */
  caret?: number;
}

/**
 * Returns `next`, the value after an edit of `previous`, cut to `max` user-perceived characters
 * by leaving out the end of the inserted text, as a native `maxLength` does. The text that was
 * there before the edit is kept whole, even when it alone is over the limit.
 */
export function limitInsertion(previous: string, next: string, max: number): LimitedText {
  // Checked first because it stops after `max` characters; a pasted megabyte is common here.
  if (!truncateCharacters(next, max).truncated) {
    return { text: next, truncated: false };
  }

  const shorter = Math.min(previous.length, next.length);
  let start = 0;

  while (start < shorter && previous[start] === next[start]) {
    start += 1;
  }

  let tail = 0;

  while (tail < shorter - start && previous.at(-1 - tail) === next.at(-1 - tail)) {
    tail += 1;
  }

  const before = next.slice(0, start);
  const after = next.slice(next.length - tail);
  const inserted = next.slice(start, next.length - tail);
  let room = Math.max(0, max - countCharacters(before + after));
  let kept = truncateCharacters(inserted, room).text;

  // Characters can join across the edges of the insertion (a combining mark after a letter), so
  // the count of the joined text decides.
  while (room > 0 && countCharacters(before + kept + after) > max) {
    room -= 1;
    kept = truncateCharacters(inserted, room).text;
  }

  return { text: before + kept + after, truncated: true, caret: start + kept.length };
}

/**
 * Returns a ref for a text field and a function that moves its caret once React has written the
 * value. React puts the caret at the end when it writes a value that differs from what was typed.
 */
export function useCaretAfterRender<T extends HTMLInputElement | HTMLTextAreaElement>() {
  const elementRef = useRef<T | null>(null);
  const caretRef = useRef<number | undefined>(undefined);

  function applyCaret() {
    const caret = caretRef.current;
    const element = elementRef.current;

    caretRef.current = undefined;

    if (caret !== undefined && element && element === document.activeElement) {
      element.setSelectionRange(caret, caret);
    }
  }

  // After a render, the layout effect places the caret. When the value did not change, nothing
  // renders but React still resets the typed text after the event, so a microtask places it.
  useLayoutEffect(applyCaret);

  return {
    elementRef,
    placeCaret: (caret: number | undefined) => {
      caretRef.current = caret;

      if (caret !== undefined) {
        queueMicrotask(applyCaret);
      }
    },
  };
}
