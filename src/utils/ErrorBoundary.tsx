import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of `ErrorBoundary`. */
export interface ErrorBoundaryProps {
  /** Content shown after a render error, with a function that renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  children?: ReactNode;
}

/**
 * Contains a render error of a component's own content, for example malformed data from a
 * ticket client, so the host page around it keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(
      'react-support-tickets: a component failed to render and shows its error state instead. ' +
        'Check that the ticket client returns data of the documented shape.',
      error,
      info.componentStack,
    );
  }

  private readonly retry = () => {
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
