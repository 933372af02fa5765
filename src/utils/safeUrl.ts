/**
 * Returns the URL when its scheme is one of `schemes`, or undefined. Keeps `javascript:` and other
 * schemes out of links built from backend data. A relative URL, such as a file served by the
 * host's own API, is resolved against the page's address first.
 */
export function safeUrl(url: string | undefined, schemes: string[] = ['http:', 'https:']) {
  if (!url) {
    return undefined;
  }

  try {
    const base = typeof document === 'undefined' ? undefined : document.baseURI;
    const parsed = new URL(url, base);

    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
