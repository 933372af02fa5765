const fileSizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Formats a size in bytes for people, in the largest unit that keeps the number at 1 or more. */
export function formatFileSize(bytes: number, locale?: string): string {
  let value = Math.max(0, bytes);
  let unitIndex = 0;

  while (value >= 1024 && unitIndex < fileSizeUnits.length - 1) {
    value /= 1024;
    unitIndex += 1;
  }

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: fileSizeUnits[unitIndex],
    unitDisplay: unitIndex === 0 ? 'long' : 'short',
    maximumFractionDigits: unitIndex === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}

/** Formats an ISO 8601 timestamp as a date and time. */
export function formatDateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

const relativeSteps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Formats an ISO 8601 timestamp relative to `now`, such as "5 minutes ago". */
export function formatRelativeTime(iso: string, locale?: string, now: number = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;

  for (const [unit, size] of relativeSteps) {
    if (Math.abs(value) < size) {
      return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
        Math.round(value),
        unit,
      );
    }

    value /= size;
  }

  return formatDateTime(iso, locale);
}
