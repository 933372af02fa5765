import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../src/messages';
import { AttachmentList } from '../src/my-tickets/AttachmentList';
import { safeUrl } from '../src/utils/safeUrl';

describe('safeUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeUrl('https://help.example.com/a?b=1')).toBe('https://help.example.com/a?b=1');
    expect(safeUrl('http://help.example.com/')).toBe('http://help.example.com/');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x'])(
    'rejects %s',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );

  it('resolves a relative URL against the page', () => {
    expect(safeUrl('/api/support/files/7')).toBe(
      new URL('/api/support/files/7', document.baseURI).href,
    );
  });

  it('returns undefined for a missing URL', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
  });
});

describe('<AttachmentList />', () => {
  function renderFile(url: string, name = 'report.csv') {
    render(
      <AttachmentList
        attachments={[{ id: 'f1', name, size: 2048, type: 'text/csv', url }]}
        messages={defaultMessages}
        locale="en-US"
        label="Files"
      />,
    );

    return screen.getByRole('link', { name: new RegExp(name.replace('.', '\\.')) });
  }

  it('links a relative file URL of the host API', () => {
    const link = renderFile('/api/support/files/7');

    expect(link).toHaveAttribute('href', new URL('/api/support/files/7', document.baseURI).href);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers a data URL as a download', () => {
    const link = renderFile('data:text/csv;base64,YSxi');

    expect(link).toHaveAttribute('download', 'report.csv');
    expect(link).not.toHaveAttribute('target');
  });

  it('shows a javascript URL as text', () => {
    render(
      <AttachmentList
        attachments={[
          { id: 'f1', name: 'evil.txt', size: 1, type: '', url: 'javascript:alert(1)' },
        ]}
        messages={defaultMessages}
        locale="en-US"
        label="Files"
      />,
    );

    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('evil.txt')).toBeInTheDocument();
  });
});
