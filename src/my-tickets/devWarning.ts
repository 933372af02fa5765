// Bundlers replace `process.env.NODE_ENV` in the apps that use this library. It is declared here
// so the library needs no Node types.
declare const process: { env: { NODE_ENV?: string } };

const warned = new Set<string>();

/** Returns true in development builds, and false in production or where no bundler sets the mode. */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Logs a warning once per text, in development only, prefixed with the library name. */
export function warnOnce(text: string): void {
  if (!isDevelopment() || warned.has(text)) {
    return;
  }

  warned.add(text);
  console.warn(`react-support-tickets: ${text}`);
}
