import type { ReactNode } from 'react';
import type { SupportMessages } from '../messages';
import { safeUrl } from '../utils/safeUrl';

/** Shows one message in place of the form, with its buttons under it. */
export function NoticeView({
  state,
  tone,
  busy,
  lead,
  children,
  actions,
}: {
  state: string;
  tone?: 'danger' | 'warning';
  busy?: boolean;
  /** Content above the notice, such as the Help Center line. */
  lead?: ReactNode;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div data-slot="create-ticket-notice" data-state={state}>
      <div data-slot="create-ticket-body">
        {lead}
        {tone ? (
          <div role={tone === 'danger' ? 'alert' : 'status'} data-slot="alert" data-tone={tone}>
            {children}
          </div>
        ) : (
          <div role="status" aria-busy={busy || undefined} data-slot="create-ticket-status">
            {busy ? <span aria-hidden="true" data-slot="create-ticket-spinner" /> : null}
            {children}
          </div>
        )}
      </div>
      <div data-slot="create-ticket-footer">{actions}</div>
    </div>
  );
}

/**
 * Renders one line above the form pointing to the Help Center and the AI helpbot. It names only
 * the help the host offers, and renders nothing when the host offers neither.
 */
export function HelpFirst({
  messages,
  helpCenterUrl,
  onOpenHelpbot,
}: {
  messages: SupportMessages;
  helpCenterUrl: string | undefined;
  onOpenHelpbot: (() => void) | undefined;
}) {
  const href = safeUrl(helpCenterUrl);

  if (!href && !onOpenHelpbot) {
    return null;
  }

  let text = messages.createTicketHelpFirst;

  if (!onOpenHelpbot) {
    text = messages.createTicketHelpCenterFirst;
  } else if (!href) {
    text = messages.createTicketHelpbotFirst;
  }

  return (
    <div data-slot="create-ticket-help-first">
      <p>{text}</p>
      <div data-slot="create-ticket-help-first-actions">
        {href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            data-slot="create-ticket-help-link"
          >
            {messages.createTicketOpenHelpCenter}
            <span data-slot="visually-hidden"> {messages.createTicketOpensInNewTab}</span>
          </a>
        ) : null}
        {onOpenHelpbot ? (
          <button type="button" data-slot="create-ticket-help-link" onClick={onOpenHelpbot}>
            {messages.createTicketOpenHelpbot}
          </button>
        ) : null}
      </div>
    </div>
  );
}
