/** Reason a client call failed; the components choose their message and recovery from it. */
export type TicketClientErrorCode =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'access-disabled'
  | 'not-found'
  | 'invalid'
  | 'rate-limited'
  | 'unavailable'
  | 'unknown';

/** Details given with a `TicketClientError`. */
export interface TicketClientErrorOptions {
  /** Message for developers and logs; users see the component's own text for the code. */
  message?: string;
  /** For `invalid`: user-facing messages keyed by field (`title`, `description`, `email`, …). */
  fieldErrors?: Record<string, string>;
  /** For `rate-limited` (and some `unavailable`): milliseconds to wait before a retry; 0 means now. */
  retryAfterMs?: number;
  /** HTTP status of the response, when there was one. */
  status?: number;
  cause?: unknown;
}

/** Failure of a `TicketClient` call, with a code the components act on. */
export class TicketClientError extends Error {
  override readonly name = 'TicketClientError';
  readonly code: TicketClientErrorCode;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(code: TicketClientErrorCode, options: TicketClientErrorOptions = {}) {
    super(options.message ?? `Ticket client request failed: ${code}`, { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    // A wait parsed from a malformed Retry-After header can be NaN or negative; it means no wait.
    this.retryAfterMs =
      options.retryAfterMs === undefined || !Number.isFinite(options.retryAfterMs)
        ? undefined
        : Math.max(0, options.retryAfterMs);
    this.status = options.status;
  }
}

/** Returns true for a `TicketClientError`, also one created by another copy of this package. */
export function isTicketClientError(error: unknown): error is TicketClientError {
  return (
    error instanceof TicketClientError ||
    (error instanceof Error && error.name === 'TicketClientError' && 'code' in error)
  );
}

/** Returns true when a promise rejected because its AbortSignal was aborted. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'AbortError' || error.name === 'CanceledError')
  );
}

/** Turns any rejection into a `TicketClientError`, keeping the original as its cause. */
export function toTicketClientError(error: unknown): TicketClientError {
  if (isTicketClientError(error)) {
    return error;
  }

  if (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'TimeoutError'
  ) {
    return new TicketClientError('timeout', { cause: error });
  }

  if (error instanceof TypeError) {
    return new TicketClientError('network', { message: error.message, cause: error });
  }

  return new TicketClientError('unknown', {
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
