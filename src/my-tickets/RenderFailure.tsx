import type { SupportMessages } from '../messages';
import { BackArrow } from './BackArrow';

interface RenderFailureProps {
  messages: SupportMessages;
  /** Message that names the part that could not be shown. */
  text: string;
  /** True while the detail covers the list, so the list's fallback waits until the user is back. */
  hidden?: boolean;
  onRetry: () => void;
  /** Leaves the failed part; without it there is no Back button. */
  onBack?: () => void;
}

/**
 * Fallback of the list or the detail after a render error, so the host page keeps working. Retry
 * mounts the part again, which loads its data again.
 */
export function RenderFailure({ messages, text, hidden, onRetry, onBack }: RenderFailureProps) {
  // Not rendered rather than `hidden`, because the alert's `display: flex` would override it.
  if (hidden) {
    return null;
  }

  return (
    <div data-slot="alert" data-tone="danger" data-part="render-failure" role="alert">
      <p data-slot="my-tickets-alert-text">{text}</p>
      <div data-slot="my-tickets-alert-actions">
        {onBack ? (
          <button type="button" data-slot="button" onClick={onBack}>
            <BackArrow /> {messages.myTicketsBack}
          </button>
        ) : null}
        <button type="button" data-slot="button" onClick={onRetry}>
          {messages.retry}
        </button>
      </div>
    </div>
  );
}
