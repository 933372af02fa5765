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
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { TicketClientError } from '../client/errors';
import type { CreatedTicket, FormOptions, TicketDraft } from '../client/types';
import type { SupportMessages } from '../messages';
import { pastedFileName } from './attachmentFiles';
import { AttachmentsField } from './AttachmentsField';
import { CategoryField, TicketTypeField } from './ChoiceFields';
import { CreationAlert } from './CreationAlert';
import { DiscardConfirm } from './DiscardConfirm';
import type { DraftEntry } from './draftStore';
import { createTicketSchema, type ValidTicketValues } from './schema';
import { DescriptionField, TitleField } from './TextFields';
import type { DraftValues, UploadingTicketClient } from './types';
import { uploadBlocker, useAttachments } from './useAttachments';
import { useCreateTicket, useSecondsUntil } from './useCreateTicket';
import { useHelpSuggestions } from './useHelpSuggestions';

/** Form fields in the order they appear, for focusing the first invalid one. */
const FIELD_ORDER = ['type', 'title', 'categoryId', 'otherCategory', 'description'] as const;

type FieldName = (typeof FIELD_ORDER)[number];

function isFieldName(name: string): name is FieldName {
  return (FIELD_ORDER as readonly string[]).includes(name);
}

/** Props of `TicketForm`. */
export interface TicketFormProps {
  client: UploadingTicketClient;
  options: FormOptions;
  messages: SupportMessages;
  locale: string | undefined;
  entry: DraftEntry;
  save: (
    change: Partial<DraftEntry> | ((current: DraftEntry) => Partial<DraftEntry>),
    options?: { silent?: boolean },
  ) => void;
  /** Returns true when the draft differs from a new one. */
  hasInput: (values: DraftValues, attachmentCount: number) => boolean;
  onCreated: (ticket: CreatedTicket) => void;
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

/** The ticket form: fields, attachments, creation with retries, and the discard question. */
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

  const creation = useCreateTicket(client, entry.idempotencyKey, {
    onCreated: props.onCreated,
    onFailed: handleFailed,
  });
  const creating = creation.state.status === 'creating';
  const retryAt = creation.state.status === 'failed' ? creation.state.retryAt : undefined;
  const secondsLeft = useSecondsUntil(retryAt);
  const waiting = secondsLeft > 0;
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
    props.pasteHandlerRef.current = handlePaste;
  });

  function handleFailed(error: TicketClientError) {
    setServerMessages([]);

    if (error.code === 'access-disabled') {
      props.onAccessDisabled();

      return;
    }

    if (error.code !== 'invalid') {
      return;
    }

    const unplaced: string[] = [];

    for (const [name, message] of Object.entries(error.fieldErrors)) {
      if (isFieldName(name)) {
        form.setError(name, { type: 'server', message });
      } else {
        unplaced.push(message);
      }
    }

    const first = FIELD_ORDER.find((name) => name in error.fieldErrors);
    setServerMessages(unplaced);

    if (first) {
      form.setFocus(first);
    }
  }

  function handlePaste(event: ClipboardEvent<HTMLElement>) {
    const files = Array.from(event.clipboardData.files);
    const target = event.target;
    const inTextField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

    if (files.length === 0 || creating) {
      return;
    }

    // Copying from office apps puts text and a picture of it on the clipboard: in a text field,
    // the text is what the user meant to paste.
    if (inTextField && event.clipboardData.types.includes('text/plain')) {
      return;
    }

    event.preventDefault();
    attachments.addFiles(
      files.map(
        (file) =>
          new File([file], pastedFileName(file), {
            type: file.type,
            lastModified: file.lastModified,
          }),
      ),
    );
  }

  function onValid(values: ValidTicketValues) {
    setShowSummary(false);

    // Date.now() rather than `waiting`, which lags by up to a timer tick.
    if (creation.isCreating() || blocker || (retryAt !== undefined && Date.now() < retryAt)) {
      return;
    }

    const isOther = options.categories.some(
      (category) => category.id === values.categoryId && category.other,
    );
    const uploaded = entry.attachments.flatMap((attachment) =>
      attachment.upload?.status === 'uploaded' ? [attachment.upload.attachmentId] : [],
    );
    const draft: TicketDraft & { attachmentIds?: string[] } = {
      type: values.type,
      title: values.title,
      categoryId: values.categoryId,
      otherCategory: isOther && values.otherCategory !== '' ? values.otherCategory : undefined,
      description: values.description,
      attachments: client.uploadAttachment ? [] : entry.attachments.map(({ file }) => file),
    };

    if (client.uploadAttachment) {
      draft.attachmentIds = uploaded;
    }

    creation.create(draft);
  }

  function onInvalid(errors: FieldErrors<DraftValues>) {
    setShowSummary(Object.keys(errors).length > 0);
  }

  const submit = form.handleSubmit(onValid, onInvalid);
  const blockerId = `${idPrefix}-blocker`;

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
        aria-busy={creating || undefined}
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
            onAdd={attachments.addFiles}
            onDismissRejected={attachments.dismissRejected}
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
            onKeepDraft={props.onClose}
            onDiscard={props.onDiscard}
          />
        ) : (
          <div data-slot="create-ticket-footer">
            <CreationAlert
              state={creation.state}
              messages={messages}
              serverMessages={serverMessages}
              secondsLeft={secondsLeft}
              onRetry={() => formRef.current?.requestSubmit()}
            />
            {blocker ? (
              <p id={blockerId} data-slot="hint">
                {blocker}
              </p>
            ) : null}
            {creating ? (
              <button type="button" data-slot="button" onClick={creation.cancel}>
                {messages.createTicketCancelCreation}
              </button>
            ) : null}
            <button
              type="submit"
              data-slot="button"
              data-variant="primary"
              aria-busy={creating || undefined}
              aria-disabled={creating || waiting || blocker !== undefined || undefined}
              aria-describedby={blocker ? blockerId : undefined}
            >
              {creating ? messages.createTicketSubmitting : messages.createTicketSubmit}
            </button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
