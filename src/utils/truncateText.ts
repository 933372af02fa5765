import { countCharacters } from './text';

/**
 * Longest grapheme cluster the cut keeps whole, in UTF-16 code units. Longer clusters (stacks of
 * combining marks) may be split at the cut.
 */
const MAX_CLUSTER_LENGTH = 32;

/** Result of `truncateCharacters`. */
export interface TruncatedText {
  text: string;
  /** True when characters were removed. */
  truncated: boolean;
}

/**
 * Cuts text to at most `max` user-perceived characters. Text of `max` code units or fewer is
 * returned at once, and longer text is sliced before it is segmented, so a pasted megabyte costs
 * no more than text at the limit.
 */
export function truncateCharacters(text: string, max: number): TruncatedText {
  if (text.length <= max) {
    return { text, truncated: false };
  }

  const head = text.slice(0, max * MAX_CLUSTER_LENGTH);

  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) {
    const codePoints = Array.from(head);

    return {
      text: codePoints.slice(0, max).join(''),
      truncated: codePoints.length > max || head.length < text.length,
    };
  }

  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  let end = 0;

  for (const { segment, index } of segmenter.segment(head)) {
    if (count === max) {
      return { text: head.slice(0, index), truncated: true };
    }

    count += 1;
    end = index + segment.length;
  }

  return { text: head.slice(0, end), truncated: head.length < text.length };
}

/** Returns true when text has more than `max` user-perceived characters. */
export function exceedsCharacters(text: string, max: number): boolean {
  return text.length > max && countCharacters(text) > max;
}
