/**
 * Returns the absolute Help Center address when it uses http or https, else undefined. Relative
 * addresses resolve against the page, so hosts may pass `/help`.
 */
export function resolveHelpCenterUrl(url: string | undefined): string | undefined {
  if (!url) {
    return undefined;
  }

  try {
    const resolved = new URL(url, document.baseURI);

    return resolved.protocol === 'http:' || resolved.protocol === 'https:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}
