import { Component, lazy, Suspense, type ReactNode } from 'react';
import type * as CreateTicketDialogModule from '../create-ticket-dialog';
import type { CreateTicketDialogProps } from '../create-ticket-dialog';
import type { SupportMessages } from '../messages';

type DialogModule = typeof CreateTicketDialogModule;

let modulePromise: Promise<DialogModule> | undefined;

/** Starts loading the ticket form's code once; after a failed load the next call tries again. */
export function preloadCreateTicketDialog(): Promise<DialogModule> {
  modulePromise ??= import('../create-ticket-dialog').catch((error: unknown) => {
    modulePromise = undefined;
    throw error;
  });

  return modulePromise;
}

function createLazyDialog() {
  return lazy(async () => ({ default: (await preloadCreateTicketDialog()).CreateTicketDialog }));
}

// React.lazy remembers a failed load for good, so a retry needs a new lazy component.
let LazyDialog = createLazyDialog();

interface LoadBoundaryProps {
  open: boolean;
  fallback: (retry: () => void) => ReactNode;
  /** Called at each render, so that a retry renders the new lazy component. */
  children: () => ReactNode;
}

/** Catches a failed load of the ticket form's code and offers a retry. */
class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: LoadBoundaryProps) {
    if (this.state.failed && this.props.open && !previous.open) {
      this.retry();
    }
  }

  retry = () => {
    LazyDialog = createLazyDialog();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children();
  }
}

/** Props of the lazily loaded ticket dialog: the dialog's own props plus the resolved texts. */
export interface LazyCreateTicketDialogProps extends CreateTicketDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Texts for the loading and failure states, already merged with the defaults. */
  resolvedMessages: SupportMessages;
  /** Moves focus back to where the dialog was opened from, after the failure notice closes. */
  returnFocus: () => void;
}

/**
 * Renders `CreateTicketDialog` from a separate chunk. Mounted closed while the menu is open, so the
 * code is usually there before the user picks "Create support ticket".
 */
export function LazyCreateTicketDialog({
  resolvedMessages,
  returnFocus,
  ...dialogProps
}: LazyCreateTicketDialogProps) {
  const { open, onOpenChange } = dialogProps;

  const handleFailureClose = () => {
    onOpenChange(false);
    returnFocus();
  };

  const loading = open ? (
    <div data-rst="" data-slot="help-menu-dialog-status" role="status">
      {resolvedMessages.loading}
    </div>
  ) : null;

  const renderFailure = (retry: () => void) =>
    open ? (
      <div data-rst="" data-slot="help-menu-dialog-status" data-state="failed" role="alert">
        <p data-slot="help-menu-dialog-status-text">{resolvedMessages.helpMenuDialogLoadFailed}</p>
        <div data-slot="help-menu-dialog-status-actions">
          <button type="button" data-slot="button" onClick={handleFailureClose}>
            {resolvedMessages.close}
          </button>
          <button type="button" data-slot="button" data-variant="primary" onClick={retry} autoFocus>
            {resolvedMessages.retry}
          </button>
        </div>
      </div>
    ) : null;

  return (
    <LoadBoundary open={open} fallback={renderFailure}>
      {() => (
        <Suspense fallback={loading}>
          <LazyDialog {...dialogProps} />
        </Suspense>
      )}
    </LoadBoundary>
  );
}
