import * as Dialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, type ClipboardEvent } from 'react';
import { useSupport } from '../provider/useSupport';
import { ErrorBoundary } from '../utils/ErrorBoundary';
import { CreateTicketBody } from './CreateTicketBody';
import { defaultDraftStorage } from './draftStore';
import { RenderFailedView } from './RenderFailedView';
import type { CreateTicketDialogProps } from './types';
import { useControllableState } from '../hooks/useControllableState';
import { forgetFormOptions } from './useFormOptions';

/** Dialog with the support ticket form, for admins and account admins; others see whom to ask. */
export function CreateTicketDialog(props: CreateTicketDialogProps) {
  const { client, role, messages, locale } = useSupport('CreateTicketDialog', props);
  const [open, setOpen] = useControllableState(
    props.open,
    props.defaultOpen ?? false,
    props.onOpenChange,
  );
  const closeGuardRef = useRef<(() => boolean) | null>(null);
  const pasteHandlerRef = useRef<((event: ClipboardEvent<HTMLElement>) => void) | null>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const storage =
    props.draftStorage === null ? undefined : (props.draftStorage ?? defaultDraftStorage());

  // Runs before Radix moves focus into the dialog, so the element that opened it is still focused,
  // also when `open` came from code rather than from the trigger.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) {
      openerRef.current = document.activeElement;
    }
  }, [open]);

  function handleOpenChange(next: boolean) {
    if (!next && closeGuardRef.current?.()) {
      return;
    }

    setOpen(next);
  }

  function handleOpenAutoFocus(event: Event) {
    event.preventDefault();

    const content = contentRef.current;
    const first = content?.querySelector<HTMLElement>('[data-autofocus]');

    (first ?? content)?.focus();
  }

  function handleCloseAutoFocus(event: Event) {
    props.onCloseAutoFocus?.(event);

    if (event.defaultPrevented || props.trigger) {
      return;
    }

    // Without a trigger, Radix has nothing to focus; go back to what had focus on opening.
    event.preventDefault();

    if (openerRef.current?.isConnected) {
      openerRef.current.focus();
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={handleOpenChange}>
      {props.trigger ? <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay data-rst="" data-slot="create-ticket-dialog-overlay" />
        <Dialog.Content
          ref={contentRef}
          data-rst=""
          data-slot="create-ticket-dialog"
          onOpenAutoFocus={handleOpenAutoFocus}
          onCloseAutoFocus={handleCloseAutoFocus}
          onPaste={(event) => pasteHandlerRef.current?.(event)}
        >
          <div data-slot="create-ticket-header">
            <div data-slot="create-ticket-heading">
              <Dialog.Title data-slot="create-ticket-title">
                {messages.createTicketTitle}
              </Dialog.Title>
              <Dialog.Description data-slot="create-ticket-description">
                {messages.createTicketDescription}
              </Dialog.Description>
            </div>
            <button
              type="button"
              data-slot="create-ticket-close"
              aria-label={messages.close}
              onClick={() => handleOpenChange(false)}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" fill="none" />
              </svg>
            </button>
          </div>
          <ErrorBoundary
            fallback={(retry) => (
              <RenderFailedView
                messages={messages}
                onShown={() => {
                  closeGuardRef.current = null;
                  pasteHandlerRef.current = null;
                }}
                onClose={() => setOpen(false)}
                onRetry={() => {
                  // Options that broke the form would break it again from the cache.
                  forgetFormOptions(client);
                  retry();
                }}
              />
            )}
          >
            <CreateTicketBody
              client={client}
              role={role}
              messages={messages}
              locale={locale}
              draftKey={props.draftKey ?? 'default'}
              storage={storage}
              defaultValues={props.defaultValues}
              helpCenterUrl={props.helpCenterUrl}
              onOpenHelpbot={props.onOpenHelpbot}
              onCreated={props.onCreated}
              closeGuardRef={closeGuardRef}
              pasteHandlerRef={pasteHandlerRef}
              close={() => setOpen(false)}
            />
          </ErrorBoundary>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
