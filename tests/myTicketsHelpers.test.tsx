import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketSummary } from '../src/client/types';
import { isTicketUpdated, markSeen, readLastSeen } from '../src/my-tickets/lastSeen';
import { mergeTickets } from '../src/my-tickets/mergeTickets';
import { formatDateTime, formatRelativeTime } from '../src/utils/format';
import { linkify } from '../src/utils/linkify';

function hrefs(text: string) {
  const { container } = render(<p>{linkify(text)}</p>);

  return {
    links: Array.from(container.querySelectorAll('a')).map((link) => link.getAttribute('href')),
    text: container.textContent,
  };
}

function summary(id: string, updatedAt: string): TicketSummary {
  return {
    id,
    key: id.toUpperCase(),
    title: id,
    type: 'bug',
    category: { id: 'other', label: 'Other' },
    status: { category: 'open', label: 'Open' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
  };
}

describe('linkify', () => {
  it.each([
    ['see https://example.com/a.', ['https://example.com/a']],
    ['(https://example.com/a_(b))', ['https://example.com/a_(b)']],
    ['(see https://example.com/a)', ['https://example.com/a']],
    ['mail mailto:ops@example.com, thanks', ['mailto:ops@example.com']],
    [
      'http://a.example and HTTPS://B.example/x?y=1',
      ['http://a.example/', 'https://b.example/x?y=1'],
    ],
    ['javascript:alert(1) data:text/html,x ftp://x.example', []],
    ['no links here', []],
  ])('links %j', (text, expected) => {
    const result = hrefs(text);

    expect(result.links).toEqual(expected);
    expect(result.text).toBe(text);
  });

  it('opens web links in a new tab without opener', () => {
    const { container } = render(<p>{linkify('https://example.com mailto:a@example.com')}</p>);
    const [web, mail] = Array.from(container.querySelectorAll('a'));

    expect(web).toHaveAttribute('target', '_blank');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    expect(mail).not.toHaveAttribute('target');
  });
});

describe('mergeTickets', () => {
  it('keeps one entry per id, the latest version first', () => {
    const loaded = [summary('a', '2026-01-03T00:00:00Z'), summary('b', '2026-01-02T00:00:00Z')];
    const page = [summary('b', '2026-01-04T00:00:00Z'), summary('c', '2026-01-01T00:00:00Z')];

    const merged = mergeTickets(loaded, page);

    expect(merged.map((ticket) => ticket.id)).toEqual(['b', 'a', 'c']);
    expect(merged[0]?.updatedAt).toBe('2026-01-04T00:00:00Z');
  });

  it('ignores an older copy of a loaded ticket', () => {
    const loaded = [summary('a', '2026-01-03T00:00:00Z')];
    const merged = mergeTickets(loaded, [summary('a', '2026-01-01T00:00:00Z')]);

    expect(merged).toEqual(loaded);
  });
});

describe('lastSeen', () => {
  const key = 'test-last-seen';

  it('keeps the latest time seen per ticket', () => {
    markSeen(key, 't1', '2026-01-02T00:00:00.000Z');
    markSeen(key, 't1', '2026-01-01T00:00:00.000Z');

    expect(readLastSeen(key)).toEqual({ t1: '2026-01-02T00:00:00.000Z' });
    expect(JSON.parse(window.localStorage.getItem(key) ?? '{}')).toEqual({
      t1: '2026-01-02T00:00:00.000Z',
    });
  });

  it('reads corrupt storage as empty', () => {
    window.localStorage.setItem(key, '{not json');

    expect(readLastSeen(key)).toEqual({});
  });

  it('counts a ticket never opened as seen at creation', () => {
    const ticket = {
      id: 'x',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };

    expect(isTicketUpdated(ticket, {})).toBe(false);
    expect(isTicketUpdated({ ...ticket, updatedAt: '2026-01-02T00:00:00Z' }, {})).toBe(true);
    expect(
      isTicketUpdated(
        { ...ticket, updatedAt: '2026-01-02T00:00:00Z' },
        { x: '2026-01-02T00:00:00Z' },
      ),
    ).toBe(false);
  });
});

describe('formatDateTime', () => {
  it('returns an invalid timestamp as it is', () => {
    expect(formatDateTime('yesterday', 'en-US')).toBe('yesterday');
    expect(formatDateTime('2026-11-31T25:00:00Z', 'en-US')).toBe('2026-11-31T25:00:00Z');
  });

  it('formats a valid timestamp in the locale', () => {
    expect(formatDateTime('2026-06-15T12:00:00Z', 'en-US')).toMatch(/Jun 15, 2026/);
  });
});

describe('formatRelativeTime', () => {
  it('returns an invalid timestamp as it is', () => {
    expect(formatRelativeTime('soon', 'en-US')).toBe('soon');
  });

  it('says how long ago a time was', () => {
    const now = Date.parse('2026-06-15T12:00:00Z');

    expect(formatRelativeTime('2026-06-15T11:55:00Z', 'en-US', now)).toBe('5 minutes ago');
  });
});
