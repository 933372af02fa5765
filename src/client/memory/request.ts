import type { MemoryLatency } from './types';

/** Returns the reason to reject with: the signal's own, else an `AbortError` DOMException. */
export function getAbortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Throws the signal's abort reason when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw getAbortReason(signal);
  }
}

/** Draws one delay, in milliseconds, from the configured latency. */
export function pickLatency(latency: MemoryLatency): number {
  if (typeof latency === 'number') {
    return Math.max(0, latency);
  }

  const min = Math.max(0, Math.min(latency.min, latency.max));
  const max = Math.max(0, latency.max, latency.min);

  return min + Math.random() * (max - min);
}

/**
 * Resolves after `ms` milliseconds, or rejects with the abort reason as soon as the signal aborts.
 * A zero delay starts no timer, so tests with fake timers need not advance the clock.
 */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  throwIfAborted(signal);

  if (ms <= 0) {
    return Promise.resolve();
  }

  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(getAbortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);

    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
