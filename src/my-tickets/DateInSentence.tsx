import { Fragment } from 'react';

/** Placeholder for the date while the message is built: a private-use character, unused in texts. */
const MARKER = '\uE000';

interface DateInSentenceProps {
  /** Message that places the date in a sentence, such as "Created {date}". */
  message: (params: { date: string }) => string;
  /** The formatted date. */
  date: string;
}

/**
 * Renders a message with its date inside `<bdi>`, so a date such as "2026/11/01" keeps its order
 * when the sentence around it runs in the other direction. A message that changes or drops the
 * date renders as plain text.
 */
export function DateInSentence({ message, date }: DateInSentenceProps) {
  const parts = message({ date: MARKER }).split(MARKER);

  if (parts.length < 2) {
    return <>{message({ date })}</>;
  }

  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <bdi>{date}</bdi> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
