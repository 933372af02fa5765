/** Minimum poll interval in ms, so a shown list or ticket sends at most one poll per 5 s. */
export const MIN_POLL_INTERVAL = 5000;

/** Maximum timer delay in ms that browsers honour, because a longer delay fires at once. */
const MAX_TIMER_DELAY = 2_147_483_647;

/** Number of tickets asked for per page when `pageSize` is absent or not a number. */
export const DEFAULT_PAGE_SIZE = 20;

/** Maximum page size sent to the client. */
export const MAX_PAGE_SIZE = 100;

/**
 * Returns the poll interval to use in ms, at least `MIN_POLL_INTERVAL`, or undefined for no
 * polling when the value is absent, 0, negative, NaN or infinite.
 */
export function normalizePollInterval(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 0) {
    return undefined;
  }

  return Math.min(Math.max(value, MIN_POLL_INTERVAL), MAX_TIMER_DELAY);
}

/** Returns a whole page size from 1 to `MAX_PAGE_SIZE`; a missing or non-number value gives 20. */
export function normalizePageSize(value: number | undefined): number {
  if (value === undefined || Number.isNaN(value)) {
    return DEFAULT_PAGE_SIZE;
  }

  return Math.min(Math.max(Math.floor(value), 1), MAX_PAGE_SIZE);
}
