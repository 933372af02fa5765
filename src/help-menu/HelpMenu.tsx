import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import type { CreatedTicket } from '../client/types';
import type { CreateTicketDialogProps } from '../create-ticket-dialog';
import type { SupportSettings } from '../provider';
import { useSupport } from '../provider/useSupport';
import { HelpMenuItems, type HelpMenuAction } from './HelpMenuItems';
import { QuestionIcon } from './icons';
import { LazyCreateTicketDialog, preloadCreateTicketDialog } from './LazyCreateTicketDialog';
import { resolveHelpCenterUrl } from './resolveHelpCenterUrl';
import { useControllableState } from '../hooks/useControllableState';

/** Props of `HelpMenu`. */
export interface HelpMenuProps extends SupportSettings {
  /** Address of the Help Center, opened in a new tab; the item is hidden when absent or not http(s). */
  helpCenterUrl?: string;
  /** Opens the host's AI helpbot; the "AI helpbot" item is hidden when absent. */
  onOpenHelpbot?: () => void;
  /** Shows the host's "My tickets" page; the "My tickets" item is hidden when absent. */
  onOpenMyTickets?: () => void;
  /** Called with the new ticket after the dialog created it. */
  onCreated?: (ticket: CreatedTicket) => void;
  /** Number of tickets updated since the user last looked; shown as a badge when above 0. @default 0 */
  badgeCount?: number;
  /** Whether the menu is open (controlled). */
  open?: boolean;
  /** Whether the menu is open at first (uncontrolled). @default false */
  defaultOpen?: boolean;
  /** Called with the new open state of the menu. */
  onOpenChange?: (open: boolean) => void;
  /** Whether the ticket dialog is open (controlled). */
  createTicketOpen?: boolean;
  /** Whether the ticket dialog is open at first (uncontrolled). @default false */
  defaultCreateTicketOpen?: boolean;
  /** Called with the new open state of the ticket dialog. */
  onCreateTicketOpenChange?: (open: boolean) => void;
  /** Values the ticket form starts with. */
  createTicketDefaultValues?: CreateTicketDialogProps['defaultValues'];
  /**
   * Name of the ticket form's draft. Pass one key per signed-in user, such as their user id, so
   * that no user sees the draft of the previous user of the browser tab. @default 'default'
   */
  createTicketDraftKey?: string;
}

/** Largest number the badge shows; more reads as "99+". */
const BADGE_MAX = 99;

/**
 * Renders a "?" button for the host's nav bar that opens a menu with the AI helpbot, the Help Center, the
 * ticket form and the user's tickets.
 */
export function HelpMenu(props: HelpMenuProps) {
  const {
    client,
    role,
    messages: messagesProp,
    locale,
    helpCenterUrl,
    onOpenHelpbot,
    onOpenMyTickets,
    onCreated,
    badgeCount = 0,
    createTicketDefaultValues,
    createTicketDraftKey,
  } = props;
  const { messages } = useSupport('HelpMenu', { client, role, messages: messagesProp, locale });

  const [open, setOpen] = useControllableState(
    props.open,
    props.defaultOpen ?? false,
    props.onOpenChange,
  );
  const [createTicketOpen, setCreateTicketOpen] = useControllableState(
    props.createTicketOpen,
    props.defaultCreateTicketOpen ?? false,
    props.onCreateTicketOpenChange,
  );
  const triggerRef = useRef<HTMLButtonElement>(null);
  const pendingActionRef = useRef<HelpMenuAction | null>(null);
  const helpbotAfterDialogRef = useRef(false);

  // The dialog is mounted, closed, from the first time the menu opens, so its code loads early.
  const [dialogMounted, setDialogMounted] = useState(open || createTicketOpen);
  if (!dialogMounted && (open || createTicketOpen)) {
    setDialogMounted(true);
  }

  const safeHelpCenterUrl = resolveHelpCenterUrl(helpCenterUrl);
  const label =
    badgeCount > 0
      ? messages.helpMenuTriggerWithUpdates({ count: badgeCount })
      : messages.helpMenuTrigger;

  const preloadDialog = () => {
    // A failed load shows its own notice when the dialog renders; nothing to report here.
    preloadCreateTicketDialog().catch(() => undefined);
  };

  const handleOpenChange = (next: boolean) => {
    if (next) {
      preloadDialog();
    }

    setOpen(next);
  };

  const focusTrigger = () => {
    triggerRef.current?.focus();
  };

  // Actions run after the menu has closed and handed focus back to the trigger, not in
  // `onSelect`, because that focus return would otherwise pull focus away from the dialog or from
  // whatever the host opens.
  const handleMenuCloseAutoFocus = (event: Event) => {
    const action = pendingActionRef.current;
    pendingActionRef.current = null;

    if (!action) {
      return;
    }

    event.preventDefault();
    focusTrigger();

    if (action === 'create-ticket') {
      setCreateTicketOpen(true);
    } else if (action === 'helpbot') {
      onOpenHelpbot?.();
    } else {
      onOpenMyTickets?.();
    }
  };

  // The modal dialog would keep the helpbot out of reach, so it closes first; its draft is kept.
  const openHelpbotFromDialog = onOpenHelpbot
    ? () => {
        helpbotAfterDialogRef.current = true;
        setCreateTicketOpen(false);
      }
    : undefined;

  // Radix returns focus to what had it when the dialog opened: the "?" button when the menu opened
  // the dialog, or the host's own button. When that element is gone, focus would fall to <body>,
  // so it goes to the "?" button instead. The check waits for Radix, which focuses after this
  // handler returns.
  const handleDialogCloseAutoFocus = () => {
    const openHelpbotNext = helpbotAfterDialogRef.current;
    helpbotAfterDialogRef.current = false;

    window.setTimeout(() => {
      if (document.activeElement === document.body || document.activeElement === null) {
        focusTrigger();
      }

      if (openHelpbotNext) {
        onOpenHelpbot?.();
      }
    }, 0);
  };

  const selectAfterClose = (action: HelpMenuAction) => {
    pendingActionRef.current = action;
  };

  const openHelpCenter = () => {
    if (safeHelpCenterUrl) {
      // Opened in the click itself so that popup blockers see the user's gesture; `noopener`
      // keeps the Help Center page from reaching this window through `window.opener`.
      window.open(safeHelpCenterUrl, '_blank', 'noopener,noreferrer');
    }
  };

  return (
    <>
      {/*
        Not modal: a nav-bar menu should let the first click outside reach the page, and a modal
        menu hides the rest of the page from assistive technology, trigger included.
      */}
      <DropdownMenu.Root open={open} onOpenChange={handleOpenChange} modal={false}>
        <DropdownMenu.Trigger asChild>
          <button
            ref={triggerRef}
            type="button"
            aria-label={label}
            data-rst=""
            data-slot="help-menu-trigger"
            data-has-badge={badgeCount > 0 ? '' : undefined}
            onPointerEnter={preloadDialog}
          >
            <QuestionIcon />
            {badgeCount > 0 ? (
              <span data-slot="help-menu-badge" aria-hidden="true">
                {badgeCount > BADGE_MAX ? `${BADGE_MAX}+` : badgeCount}
              </span>
            ) : null}
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            data-rst=""
            data-slot="help-menu-content"
            align="end"
            sideOffset={8}
            collisionPadding={8}
            onCloseAutoFocus={handleMenuCloseAutoFocus}
          >
            <HelpMenuItems
              messages={messages}
              showHelpbot={Boolean(onOpenHelpbot)}
              showHelpCenter={Boolean(safeHelpCenterUrl)}
              showMyTickets={Boolean(onOpenMyTickets)}
              onOpenHelpCenter={openHelpCenter}
              onSelectAfterClose={selectAfterClose}
            />
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {dialogMounted ? (
        <LazyCreateTicketDialog
          open={createTicketOpen}
          onOpenChange={setCreateTicketOpen}
          onCreated={onCreated}
          defaultValues={createTicketDefaultValues}
          draftKey={createTicketDraftKey}
          helpCenterUrl={safeHelpCenterUrl}
          onOpenHelpbot={openHelpbotFromDialog}
          onCloseAutoFocus={handleDialogCloseAutoFocus}
          client={client}
          role={role}
          messages={messagesProp}
          locale={locale}
          resolvedMessages={messages}
          returnFocus={focusTrigger}
        />
      ) : null}
    </>
  );
}
