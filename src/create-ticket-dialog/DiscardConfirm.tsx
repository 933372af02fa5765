import { useEffect, useId, useRef } from 'react';
import type { SupportMessages } from '../messages';

/** Inline question shown when the user closes the dialog with unsaved input. */
export function DiscardConfirm({
  messages,
  onKeepEditing,
  onKeepDraft,
  onDiscard,
}: {
  messages: SupportMessages;
  onKeepEditing: () => void;
  onKeepDraft: () => void;
  onDiscard: () => void;
}) {
  const headingId = useId();
  const textId = useId();
  const keepEditingRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    keepEditingRef.current?.focus();
  }, []);

  return (
    <div
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      data-slot="create-ticket-discard"
    >
      <p id={headingId} data-slot="create-ticket-discard-heading">
        {messages.createTicketDiscardHeading}
      </p>
      <p id={textId} data-slot="create-ticket-discard-text">
        {messages.createTicketDiscardText}
      </p>
      <div data-slot="create-ticket-discard-actions">
        <button type="button" data-slot="button" data-tone="danger" onClick={onDiscard}>
          {messages.createTicketDiscardDraft}
        </button>
        <button type="button" data-slot="button" onClick={onKeepDraft}>
          {messages.createTicketKeepDraft}
        </button>
        <button
          ref={keepEditingRef}
          type="button"
          data-slot="button"
          data-variant="primary"
          onClick={onKeepEditing}
        >
          {messages.createTicketKeepEditing}
        </button>
      </div>
    </div>
  );
}
