import { useId } from 'react';
import type { SupportMessages } from '../messages';
import { CreationAlert } from './CreationAlert';
import { describedBy } from './FieldParts';
import type { CreationState } from './useCreateTicket';

/** Props of `FormFooter`. */
export interface FormFooterProps {
  state: CreationState;
  messages: SupportMessages;
  serverMessages: string[];
  /** Seconds until a retry is allowed after `rate-limited`. */
  secondsLeft: number;
  /** Reason the ticket cannot be created yet, such as uploads still running. */
  blocker: string | undefined;
  /** Warning to read before creating, such as a ticket that an earlier attempt may have created. */
  notice?: string;
  onRetry: () => void;
  onCancel: () => void;
}

/**
 * Renders the form's actions: the outcome of the last attempt, Stop while creating, and Create
 * ticket. The submit button stays focusable while it cannot act, and describes the reason.
 */
export function FormFooter(props: FormFooterProps) {
  const { state, messages, blocker } = props;
  const blockerId = useId();
  const noticeId = useId();
  const creating = state.status === 'creating';

  return (
    <div data-slot="create-ticket-footer">
      <CreationAlert
        state={state}
        messages={messages}
        serverMessages={props.serverMessages}
        secondsLeft={props.secondsLeft}
        onRetry={props.onRetry}
      />
      {props.notice ? (
        <div
          id={noticeId}
          role="status"
          data-slot="alert"
          data-tone="warning"
          data-state="may-already-exist"
        >
          <p>{props.notice}</p>
        </div>
      ) : null}
      {blocker ? (
        <p id={blockerId} data-slot="hint">
          {blocker}
        </p>
      ) : null}
      {creating ? (
        <button type="button" data-slot="button" onClick={props.onCancel}>
          {messages.createTicketCancelCreation}
        </button>
      ) : null}
      <button
        type="submit"
        data-slot="button"
        data-variant="primary"
        aria-busy={creating || undefined}
        aria-disabled={creating || props.secondsLeft > 0 || blocker !== undefined || undefined}
        aria-describedby={describedBy(props.notice && noticeId, blocker && blockerId)}
      >
        {creating ? messages.createTicketSubmitting : messages.createTicketSubmit}
      </button>
    </div>
  );
}
