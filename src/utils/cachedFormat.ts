// Same output as `formatDateTime` and `formatRelativeTime` in ./format, with each Intl formatter
// created once per locale. Creating a formatter costs far more than formatting with it, and a
// list renders two timestamps per row.
// NOTE: ./format could keep its formatters the same way, and these two functions could then go.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateTimeFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dateTimeFormats.get(key);

  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(key, format);
  }

  return format;
}

function relativeTimeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = relativeTimeFormats.get(key);

  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeTimeFormats.set(key, format);
  }

  return format;
}

/** Formats an ISO 8601 timestamp as a date and time, like `formatDateTime`. */
export function formatDateTimeCached(iso: string, locale?: string): string {
  return dateTimeFormat(locale).format(new Date(iso));
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

/** Formats an ISO 8601 timestamp relative to `now`, like `formatRelativeTime`. */
export function formatRelativeTimeCached(
  iso: string,
  locale?: string,
  now: number = Date.now(),
): string {
  let value = (new Date(iso).getTime() - now) / 1000;

  for (const [unit, size] of relativeSteps) {
    if (Math.abs(value) < size) {
      return relativeTimeFormat(locale).format(Math.round(value), unit);
    }

    value /= size;
  }

  return formatDateTimeCached(iso, locale);
}
