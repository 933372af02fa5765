import { toTicketClientError, type TicketClientError } from '../client/errors';
import type { SupportMessages } from '../messages';

/** Returns the user-facing message for a failed client call. */
export function errorMessage(error: unknown, messages: SupportMessages): string {
  const clientError: TicketClientError = toTicketClientError(error);

  switch (clientError.code) {
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'unauthorized':
      return messages.errorUnauthorized;
    case 'forbidden':
      return messages.errorForbidden;
    case 'access-disabled':
      return messages.errorAccessDisabled;
    case 'not-found':
      return messages.errorNotFound;
    case 'invalid':
      return messages.errorInvalid;
    case 'rate-limited':
      return messages.errorRateLimited({
        seconds: Math.ceil((clientError.retryAfterMs ?? 0) / 1000),
      });
    case 'unavailable':
      return messages.errorUnavailable;
    default:
      return messages.errorUnknown;
  }
}
