import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketClient } from '../src/client/types';
import { defaultMessages, type SupportMessages } from '../src/messages';
import { SupportProvider } from '../src/provider';
import { mergeMessages, useSupport } from '../src/provider/useSupport';

const client = {} as TicketClient;

function ShowSupport(props: { messages?: Partial<SupportMessages> }) {
  const support = useSupport('ShowSupport', props);

  return (
    <p>
      {support.role} {support.messages.retry}
    </p>
  );
}

describe('mergeMessages', () => {
  it('keeps the default for an undefined override', () => {
    const messages = mergeMessages({ retry: undefined });

    expect(messages.retry).toBe(defaultMessages.retry);
  });

  it('applies later overrides over earlier ones', () => {
    expect(mergeMessages({ retry: 'Again' }, { retry: 'Once more' }).retry).toBe('Once more');
  });

  it('uses a string given for a message that takes values', () => {
    const messages = mergeMessages({
      errorRateLimited: 'Slow down' as unknown as SupportMessages['errorRateLimited'],
    });

    expect(messages.errorRateLimited({ seconds: 3 })).toBe('Slow down');
  });

  it('ignores keys that are not messages', () => {
    const messages = mergeMessages({ notAKey: 'x' } as Partial<SupportMessages>);

    expect('notAKey' in messages).toBe(false);
  });
});

describe('<SupportProvider />', () => {
  it('gives components its client and role', () => {
    render(
      <SupportProvider client={client} role="account-admin">
        <ShowSupport />
      </SupportProvider>,
    );

    expect(screen.getByText('account-admin Retry')).toBeInTheDocument();
  });

  it('lets component props win over its messages', () => {
    render(
      <SupportProvider client={client} role="admin" messages={{ retry: 'From provider' }}>
        <ShowSupport messages={{ retry: 'From props' }} />
      </SupportProvider>,
    );

    expect(screen.getByText('admin From props')).toBeInTheDocument();
  });

  it('names the component and the fix when the client is missing', () => {
    expect(() => render(<ShowSupport />)).toThrow(/<ShowSupport> has no ticket client/);
  });
});
