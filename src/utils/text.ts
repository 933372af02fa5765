/** Grapheme segmenter, created on first use; undefined where `Intl.Segmenter` is missing. */
let graphemeSegmenter: Intl.Segmenter | undefined;

function getGraphemeSegmenter(): Intl.Segmenter | undefined {
  if (graphemeSegmenter === undefined && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  }

  return graphemeSegmenter;
}

/**
 * Counts user-perceived characters (grapheme clusters), so "👩‍👩‍👧", or "é" written as e plus
 * a combining accent, count as one. Counts code points where `Intl.Segmenter` is missing.
 */
export function countCharacters(text: string): number {
  const segmenter = getGraphemeSegmenter();

  if (segmenter === undefined) {
    return Array.from(text).length;
  }

  return Array.from(segmenter.segment(text)).length;
}
