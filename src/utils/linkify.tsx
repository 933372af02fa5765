import type { ReactNode } from 'react';
import { safeUrl } from './safeUrl';

/** Schemes that become links in user text; anything else stays text. */
const linkSchemes = ['http:', 'https:', 'mailto:'];

/** Candidate addresses: http(s) URLs and mailto: addresses, up to the next space or angle bracket. */
const urlPattern = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/gi;

/** Punctuation that usually ends a sentence rather than a URL. */
const trailingPunctuation = /[.,;:!?'"]+$/;

const openingBrackets: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * Drops punctuation that follows a URL in prose, and a closing bracket that has no opening one
 * in the URL, so "(see https://example.com/a)." links to https://example.com/a.
 */
function trimUrl(candidate: string): string {
  let url = candidate.replace(trailingPunctuation, '');
  let last = url.at(-1);
  let opening = last === undefined ? undefined : openingBrackets[last];

  while (
    last !== undefined &&
    opening !== undefined &&
    countOf(url, opening) < countOf(url, last)
  ) {
    url = url.slice(0, -1).replace(trailingPunctuation, '');
    last = url.at(-1);
    opening = last === undefined ? undefined : openingBrackets[last];
  }

  return url;
}

/**
 * Splits plain text into strings and links, for React to render as text nodes and anchors. Only
 * http, https and mailto addresses become links; nothing in the text is ever parsed as HTML.
 * Web links open in a new tab without access to this page.
 */
export function linkify(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let lastIndex = 0;

  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    const href = safeUrl(url, linkSchemes);

    if (!href || url.length === 0) {
      continue;
    }

    if (start > lastIndex) {
      nodes.push(text.slice(lastIndex, start));
    }

    const external = !href.startsWith('mailto:');

    nodes.push(
      <a
        key={`${start}-${url}`}
        href={href}
        target={external ? '_blank' : undefined}
        rel={external ? 'noopener noreferrer' : undefined}
      >
        {url}
      </a>,
    );
    lastIndex = start + url.length;
  }

  if (lastIndex < text.length) {
    nodes.push(text.slice(lastIndex));
  }

  return nodes;
}
