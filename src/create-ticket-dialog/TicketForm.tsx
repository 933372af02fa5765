import { zodResolver } from '@hookform/resolvers/zod';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import type { TicketClientError } from '../client/errors';
import type { CreatedTicket, FormOptions, TicketClient } from '../client/types';
import type { SupportMessages } from '../messages';
import { AttachmentsField } from './AttachmentsField';
import { CategoryField, TicketTypeField } from './ChoiceFields';
import { DiscardConfirm } from './DiscardConfirm';
import { FormFooter } from './FormFooter';
import type { DraftEntry } from './draftStore';
import { createTicketSchema, otherCategoryMaxLength, type ValidTicketValues } from './schema';
import { DescriptionField, TitleField } from './TextFields';
import { applyServerFieldErrors } from './serverFieldErrors';
import { buildTicketDraft } from './ticketDraft';
import type { DraftValues } from './types';
import { useUncertainAttempt } from './uncertainAttempt';
import { uploadBlocker, useAttachments } from './useAttachments';
import type { DraftChange } from './useDraft';
import { useCreateTicket, useSecondsUntil } from './useCreateTicket';
import { useHelpSuggestions } from './useHelpSuggestions';

/** Props of `TicketForm`. */
export interface TicketFormProps {
  client: TicketClient;
  options: FormOptions;
  messages: SupportMessages;
  locale: string | undefined;
  entry: DraftEntry;
  save: (change: DraftChange, options?: { silent?: boolean }) => void;
  /** Returns true when the draft differs from a new one. */
  hasInput: (values: DraftValues, attachmentCount: number) => boolean;
  onCreated: (ticket: CreatedTicket, idempotencyKey: string) => void;
  onAccessDisabled: () => void;
  /** Set by the form: returns true when it handles a close request itself (by asking first). */
  closeGuardRef: RefObject<(() => boolean) | null>;
  /** Set by the form: attaches files pasted anywhere in the dialog. */
  pasteHandlerRef: RefObject<((event: ClipboardEvent<HTMLElement>) => void) | null>;
  /** Content at the top of the scrolling body, such as the Help Center line. */
  lead?: ReactNode;
  onClose: () => void;
  onDiscard: () => void;
}

/** Renders the ticket form: fields, attachments, creation with retries, and the discard question. */
export function TicketForm(props: TicketFormProps) {
  const { client, options, messages, locale, entry, save } = props;
  const idPrefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const schema = useMemo(() => createTicketSchema(options, messages), [options, messages]);
  const form = useForm<DraftValues, unknown, ValidTicketValues>({
    resolver: zodResolver(schema),
    defaultValues: entry.values,
  });
  const [showSummary, setShowSummary] = useState(false);
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const focusBeforeConfirmRef = useRef<HTMLElement | null>(null);
  const attachments = useAttachments({ client, rules: options.attachments, messages, save });
  const title = form.watch('title');
  const articles = useHelpSuggestions(client, title);

  useWatch({ control: form.control });

  const uncertain = useUncertainAttempt(entry, form.getValues(), save);

  const creation = useCreateTicket(client, entry.idempotencyKey, {
    onCreated: props.onCreated,
    onFailed: handleFailed,
  });
  const creating = creation.state.status === 'creating';
  const retryAt = creation.state.status === 'failed' ? creation.state.retryAt : undefined;
  const secondsLeft = useSecondsUntil(retryAt);
  const blocker = uploadBlocker(entry.attachments, messages);
  const errorCount = Object.keys(form.formState.errors).length;

  useEffect(() => {
    const subscription = form.watch((values) => {
      // An unchecked radio group reads as null.
      save({ values: { ...(values as DraftValues), type: values.type ?? '' } }, { silent: true });
    });

    return () => subscription.unsubscribe();
  }, [form, save]);

  useEffect(() => {
    // Opened while the options loaded: the dialog itself has focus, so give it to the first field.
    const active = document.activeElement;

    if (!active || active === document.body || active.getAttribute('role') === 'dialog') {
      formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, []);

  useEffect(() => {
    props.closeGuardRef.current = () => {
      if (confirming) {
        setConfirming(false);
        focusBeforeConfirmRef.current?.focus();

        return true;
      }

      if (!props.hasInput(form.getValues(), entry.attachments.length)) {
        return false;
      }

      focusBeforeConfirmRef.current = document.activeElement as HTMLElement | null;
      setConfirming(true);

      return true;
    };
    props.pasteHandlerRef.current = (event) => attachments.handlePaste(event, creating);
  });

  function handleFailed(error: TicketClientError, idempotencyKey: string) {
    uncertain.settleFailure(error, idempotencyKey);
    setServerMessages([]);

    if (error.code === 'access-disabled') {
      props.onAccessDisabled();

      return;
    }

    if (error.code !== 'invalid') {
      return;
    }

    setServerMessages(applyServerFieldErrors(form, error));
  }

  function onValid(values: ValidTicketValues) {
    setShowSummary(false);

    // Date.now() rather than `secondsLeft`, which lags by up to a timer tick.
    if (creation.isCreating() || blocker || (retryAt !== undefined && Date.now() < retryAt)) {
      return;
    }

    creation.create(
      buildTicketDraft(values, options, entry.attachments, client.uploadAttachment !== undefined),
      uncertain.keyForAttempt(),
    );
  }

  function onInvalid(errors: FieldErrors<DraftValues>) {
    setShowSummary(Object.keys(errors).length > 0);
  }

  const submit = form.handleSubmit(onValid, onInvalid);

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();

          if (!creation.isCreating()) {
            void submit(event);
          }
        }}
        data-slot="create-ticket-form"
        data-state={creating ? 'creating' : 'editing'}
      >
        <div data-slot="create-ticket-body">
          {props.lead}
          {showSummary && errorCount > 0 ? (
            <div role="alert" data-slot="alert" data-tone="danger">
              {messages.createTicketErrorSummary({ count: errorCount })}
            </div>
          ) : null}
          <TicketTypeField
            id={`${idPrefix}-type`}
            types={options.ticketTypes}
            messages={messages}
            disabled={creating}
          />
          <TitleField
            id={`${idPrefix}-title`}
            max={options.limits.titleMaxLength}
            messages={messages}
            readOnly={creating}
            articles={articles}
          />
          <CategoryField
            id={`${idPrefix}-category`}
            categories={options.categories}
            otherMaxLength={otherCategoryMaxLength(options)}
            messages={messages}
            readOnly={creating}
          />
          <DescriptionField
            id={`${idPrefix}-description`}
            max={options.limits.descriptionMaxLength}
            messages={messages}
            readOnly={creating}
          />
          <AttachmentsField
            id={`${idPrefix}-attachments`}
            entries={entry.attachments}
            rejected={attachments.rejected}
            rules={options.attachments}
            messages={messages}
            locale={locale}
            disabled={creating}
            lostNames={entry.lostAttachments ?? []}
            onAdd={attachments.addFiles}
            onDismissRejected={attachments.dismissRejected}
            onDismissLost={() => save({ lostAttachments: undefined })}
            onRemove={attachments.removeEntry}
            onCancelUpload={attachments.removeEntry}
            onRetryUpload={(id) => attachments.retryUpload(id, entry.attachments)}
          />
        </div>
        {confirming ? (
          <DiscardConfirm
            messages={messages}
            onKeepEditing={() => {
              setConfirming(false);
              focusBeforeConfirmRef.current?.focus();
            }}
            onKeepDraft={() => {
              // A parent that keeps `open` true gets the form back, not the question.
              setConfirming(false);
              props.onClose();
            }}
            onDiscard={() => {
              setConfirming(false);
              props.onDiscard();
            }}
          />
        ) : (
          <FormFooter
            state={creation.state}
            messages={messages}
            serverMessages={serverMessages}
            secondsLeft={secondsLeft}
            blocker={blocker}
            notice={
              uncertain.changed && !creating ? messages.createTicketMayAlreadyExist : undefined
            }
            onRetry={() => formRef.current?.requestSubmit()}
            onCancel={creation.cancel}
          />
        )}
      </form>
    </FormProvider>
  );
}
