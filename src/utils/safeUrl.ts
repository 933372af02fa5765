/**
 * Returns the URL when its scheme is one of `schemes`, or undefined. Keeps `javascript:` and other
 * schemes out of links built from backend data.
 */
export function safeUrl(url: string | undefined, schemes: string[] = ['http:', 'https:']) {
  if (!url) {
    return undefined;
  }

  try {
    const parsed = new URL(url);

    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
