import { useSyncExternalStore } from 'react';

/** Interval in ms at which relative times such as "5 seconds ago" render again. */
const TICK_MS = 30_000;

const listeners = new Set<() => void>();
let now = Date.now();
let timer: number | undefined;

function tick() {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

// One interval serves every mounted list and ticket view, and runs only while one is mounted.
function subscribe(listener: () => void) {
  listeners.add(listener);

  if (timer === undefined) {
    // The time kept since the last component unmounted may be hours old.
    now = Date.now();
    timer = window.setInterval(tick, TICK_MS);
  }

  return () => {
    listeners.delete(listener);

    if (listeners.size === 0) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot() {
  return now;
}

/** Returns the current time in ms, updated every 30 s while mounted, so relative times stay true. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
