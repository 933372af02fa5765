import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryTicketClient } from '../src/client/memory';
import { HelpMenu } from '../src/help-menu';

/** Whether loads of the dialog's code fail, as they do while the connection is down. */
const connection = vi.hoisted(() => ({ down: true }));

vi.mock('../src/create-ticket-dialog', async (importOriginal) => {
  if (connection.down) {
    throw new Error('Failed to fetch dynamically imported module');
  }

  return importOriginal();
});

// One test only: once the dialog's code has loaded, the module stays cached for the whole file.
describe('<HelpMenu /> code loading', () => {
  it('recovers from a failed load of the dialog code', async () => {
    // React reports each error that the boundary catches on the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<HelpMenu client={createMemoryTicketClient({ supportActivity: false })} role="admin" />);
    const trigger = screen.getByRole('button', { name: 'Help and support' });

    await user.click(trigger);
    await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The ticket form could not be loaded.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    // Choosing the item again loads again, and fails again while the connection is down.
    await user.click(trigger);
    await user.click(screen.getByRole('menuitem', { name: /^Create support ticket/ }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    connection.down = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('dialog', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
