import { useEffect, useRef } from 'react';
import type { SupportMessages } from '../messages';
import { NoticeView } from './StatusViews';

/** Shown in place of the dialog's content after it failed to render, with Close and Retry. */
export function RenderFailedView({
  messages,
  onShown,
  onClose,
  onRetry,
}: {
  messages: SupportMessages;
  /** Called once the view is on screen, to drop handlers that the failed content had set. */
  onShown: () => void;
  onClose: () => void;
  onRetry: () => void;
}) {
  const retryRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    onShown();
  });

  useEffect(() => {
    // The element that had focus failed with the rest of the content.
    retryRef.current?.focus();
  }, []);

  return (
    <NoticeView
      state="render-failed"
      tone="danger"
      actions={
        <>
          <button type="button" data-slot="button" onClick={onClose}>
            {messages.close}
          </button>
          <button
            ref={retryRef}
            type="button"
            data-slot="button"
            data-variant="primary"
            onClick={onRetry}
          >
            {messages.retry}
          </button>
        </>
      }
    >
      <p>{messages.createTicketRenderFailed}</p>
    </NoticeView>
  );
}
