import { useCallback, useEffect, useRef, type ClipboardEvent, type RefObject } from 'react';
import type { CreatedTicket, TicketClient, UserRole } from '../client/types';
import type { SupportMessages } from '../messages';
import { canCreateTickets } from '../provider/useSupport';
import { errorMessage } from '../utils/errorMessage';
import { CreatedView } from './CreatedView';
import { HelpFirst, NoticeView } from './StatusViews';
import { TicketForm } from './TicketForm';
import type { CreateTicketDefaultValues, DraftStorage, DraftValues } from './types';
import { initialValues, useDraft } from './useDraft';
import { abortCreation } from './useCreateTicket';
import { useFormOptions } from './useFormOptions';
import { useTicketAccess } from './useTicketAccess';

/** Props of `CreateTicketBody`. */
export interface CreateTicketBodyProps {
  client: TicketClient;
  role: UserRole;
  messages: SupportMessages;
  locale: string | undefined;
  draftKey: string;
  storage: DraftStorage | undefined;
  defaultValues: Partial<CreateTicketDefaultValues> | undefined;
  helpCenterUrl: string | undefined;
  onOpenHelpbot: (() => void) | undefined;
  onCreated: ((ticket: CreatedTicket) => void) | undefined;
  closeGuardRef: RefObject<(() => boolean) | null>;
  pasteHandlerRef: RefObject<((event: ClipboardEvent<HTMLElement>) => void) | null>;
  /** Closes the dialog without asking. */
  close: () => void;
}

/** Everything under the dialog's title: the notice for the user's access, the form or the result. */
export function CreateTicketBody(props: CreateTicketBodyProps) {
  const { client, role, messages, draftKey, storage, defaultValues } = props;
  const allowed = canCreateTickets(role);
  const access = useTicketAccess(client, allowed);
  const formOptions = useFormOptions(client, allowed);
  const { entry, save, discard } = useDraft(client, draftKey, storage, defaultValues);
  const onCreatedRef = useRef(props.onCreated);
  const defaultsRef = useRef(defaultValues);
  const showsForm =
    allowed &&
    access.state.status === 'enabled' &&
    formOptions.state.status === 'ready' &&
    !entry.created;

  useEffect(() => {
    onCreatedRef.current = props.onCreated;
    defaultsRef.current = defaultValues;
  });

  useEffect(() => {
    if (entry.created) {
      // Closing the confirmation ends this draft; reopening starts a new ticket.
      props.closeGuardRef.current = () => {
        discard();

        return false;
      };
      props.pasteHandlerRef.current = null;
    } else if (!showsForm) {
      props.closeGuardRef.current = null;
      props.pasteHandlerRef.current = null;
    }
  });

  const handleCreated = useCallback(
    (ticket: CreatedTicket, idempotencyKey: string) => {
      // A request of a discarded draft can end after the user started another one, which it must
      // not replace. Its ticket exists all the same, so the host still hears of it.
      save((current) =>
        current.idempotencyKey === idempotencyKey
          ? {
              created: ticket,
              values: initialValues(defaultsRef.current),
              attachments: [],
              lastAttempt: undefined,
              lostAttachments: undefined,
            }
          : null,
      );
      onCreatedRef.current?.(ticket);
    },
    [save],
  );

  const hasInput = useCallback((values: DraftValues, attachmentCount: number) => {
    const initial = initialValues(defaultsRef.current);

    return (
      attachmentCount > 0 ||
      (Object.keys(initial) as Array<keyof DraftValues>).some(
        (name) => (values[name] ?? '').trim() !== initial[name].trim(),
      )
    );
  }, []);

  const closeButton = (
    <button type="button" data-slot="button" onClick={props.close}>
      {messages.close}
    </button>
  );
  const helpFirst = (
    <HelpFirst
      messages={messages}
      helpCenterUrl={props.helpCenterUrl}
      onOpenHelpbot={props.onOpenHelpbot}
    />
  );

  if (!allowed) {
    return (
      <NoticeView state="member" tone="warning" lead={helpFirst} actions={closeButton}>
        <p>{messages.createTicketMemberNotice}</p>
      </NoticeView>
    );
  }

  if (access.state.status === 'checking') {
    return (
      <NoticeView state="checking-access" busy actions={closeButton}>
        <p>{messages.createTicketCheckingAccess}</p>
      </NoticeView>
    );
  }

  if (access.state.status === 'failed') {
    return (
      <NoticeView
        state="access-check-failed"
        tone="danger"
        actions={
          <>
            {closeButton}
            <button type="button" data-slot="button" data-variant="primary" onClick={access.retry}>
              {messages.retry}
            </button>
          </>
        }
      >
        <p>{messages.createTicketAccessCheckFailed}</p>
        <p>{errorMessage(access.state.error, messages)}</p>
      </NoticeView>
    );
  }

  if (access.state.status === 'disabled' || access.state.status === 'not-enabled') {
    const disabled = access.state.status === 'disabled';

    return (
      <NoticeView
        state={disabled ? 'access-disabled' : 'access-not-enabled'}
        tone="warning"
        actions={closeButton}
      >
        <p>
          {disabled ? messages.createTicketAccessDisabled : messages.createTicketAccessNotEnabled}
        </p>
        {access.state.message ? <p>{access.state.message}</p> : null}
      </NoticeView>
    );
  }

  if (entry.created) {
    return (
      <CreatedView
        ticket={entry.created}
        messages={messages}
        onCreateAnother={discard}
        onDone={() => {
          discard();
          props.close();
        }}
      />
    );
  }

  if (formOptions.state.status === 'loading') {
    return (
      <NoticeView state="loading" busy actions={closeButton}>
        <p>{messages.createTicketLoadingOptions}</p>
      </NoticeView>
    );
  }

  if (formOptions.state.status === 'failed') {
    return (
      <NoticeView
        state="options-failed"
        tone="danger"
        actions={
          <>
            {closeButton}
            <button
              type="button"
              data-slot="button"
              data-variant="primary"
              onClick={formOptions.retry}
            >
              {messages.retry}
            </button>
          </>
        }
      >
        <p>{messages.createTicketOptionsFailed}</p>
        <p>{errorMessage(formOptions.state.error, messages)}</p>
      </NoticeView>
    );
  }

  return (
    <TicketForm
      key={entry.draftId}
      client={client}
      options={formOptions.state.options}
      messages={messages}
      locale={props.locale}
      entry={entry}
      save={save}
      hasInput={hasInput}
      onCreated={handleCreated}
      onAccessDisabled={access.markDisabled}
      closeGuardRef={props.closeGuardRef}
      pasteHandlerRef={props.pasteHandlerRef}
      lead={helpFirst}
      onClose={props.close}
      onDiscard={() => {
        abortCreation(entry.idempotencyKey);
        discard();
        props.close();
      }}
    />
  );
}
