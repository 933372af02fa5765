import { formatDateTime, formatRelativeTime } from '../utils/format';

interface RelativeTimeProps {
  /** ISO 8601 timestamp. */
  dateTime: string;
  locale: string | undefined;
  /** Current time in ms; a timestamp later than it, from a clock ahead of ours, reads as now. */
  now: number;
  slot: string;
}

/** Renders a timestamp as relative text ("2 hours ago") with the absolute date and time as its title. */
export function RelativeTime({ dateTime, locale, now, slot }: RelativeTimeProps) {
  const time = Date.parse(dateTime);
  const reference = Number.isNaN(time) ? now : Math.max(now, time);

  return (
    <time data-slot={slot} dateTime={dateTime} title={formatDateTime(dateTime, locale)}>
      {formatRelativeTime(dateTime, locale, reference)}
    </time>
  );
}
