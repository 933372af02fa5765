/**
 * Bidirectional formatting characters: embeddings, overrides, isolates and the direction marks.
 * In a file name they can make `invoice‮fdp.exe` read as `invoiceexe.pdf`.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Returns the file name with bidi controls shown as escapes, so they cannot hide the extension. */
export function displayFileName(name: string): string {
  return name.replace(
    BIDI_CONTROLS,
    (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
