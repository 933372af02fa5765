import { describe, expect, it } from 'vitest';
import { TicketClientError, toTicketClientError } from '../src/client/errors';
import { defaultMessages } from '../src/messages';
import { errorMessage } from '../src/utils/errorMessage';

describe('TicketClientError', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY])('drops a retry delay of %s', (delay) => {
    const error = new TicketClientError('rate-limited', { retryAfterMs: delay });

    expect(error.retryAfterMs).toBeUndefined();
    expect(errorMessage(error, defaultMessages)).toBe('Too many requests. You can try again now.');
  });

  it('counts a negative retry delay as none', () => {
    expect(new TicketClientError('rate-limited', { retryAfterMs: -500 }).retryAfterMs).toBe(0);
  });

  it('rounds the delay up to whole seconds in its message', () => {
    const error = new TicketClientError('rate-limited', { retryAfterMs: 1200 });

    expect(errorMessage(error, defaultMessages)).toBe(
      'Too many requests. You can try again in 2 seconds.',
    );
  });

  it('turns a TypeError from fetch into a network error', () => {
    expect(toTicketClientError(new TypeError('Failed to fetch')).code).toBe('network');
  });

  it('turns a rejection with a string into an unknown error', () => {
    expect(toTicketClientError('boom').code).toBe('unknown');
  });
});
