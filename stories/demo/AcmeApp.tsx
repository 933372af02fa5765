import { useEffect, useRef, useState } from 'react';
import type { MemoryTicketClient } from '../../src/client/memory';
import type { CreatedTicket, UserRole } from '../../src/client/types';
import { HelpMenu } from '../../src/help-menu';
import { MyTickets } from '../../src/my-tickets';
import { SupportProvider } from '../../src/provider';
import { ControlsPage } from './ControlsPage';
import { DashboardPage } from './DashboardPage';
import { DEMO_USER } from './demoClient';
import { HelpbotPanel } from './HelpbotPanel';
import { TopBar, type DemoPage } from './TopBar';
import './acme.css';

/** Props of the demo product. */
export interface AcmeAppProps {
  /** Backend of the demo; one client for every component. */
  client: MemoryTicketClient;
  /** Role of the signed-in user. */
  role: UserRole;
  /** Called when the user picks another role in the top bar. */
  onRoleChange: (role: UserRole) => void;
  /** Address of the Help Center. */
  helpCenterUrl?: string;
  /** Interval in ms at which an open ticket reloads, so support replies show up. */
  pollInterval?: number;
  /** Called with each ticket the user creates. */
  onCreated?: (ticket: CreatedTicket) => void;
}

/**
 * "Acme Compliance", a made-up SaaS product that hosts the support components: the help menu in
 * the top bar, the ticket dialog it opens, and a "My tickets" page.
 */
export function AcmeApp({
  client,
  role,
  onRoleChange,
  helpCenterUrl,
  pollInterval = 3000,
  onCreated,
}: AcmeAppProps) {
  const [page, setPage] = useState<DemoPage>('dashboard');
  const [ticketId, setTicketId] = useState<string | null>(null);
  const [createTicketOpen, setCreateTicketOpen] = useState(false);
  const [helpbotOpen, setHelpbotOpen] = useState(false);
  const [updatedTicketIds, setUpdatedTicketIds] = useState<ReadonlySet<string>>(new Set());
  const [listVersion, setListVersion] = useState(0);
  const pageRef = useRef(page);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    pageRef.current = page;
  }, [page]);

  useEffect(() => {
    document.body.dataset.acmeDemo = '';

    return () => {
      delete document.body.dataset.acmeDemo;
    };
  }, []);

  // Counts tickets the support team changed while the user was elsewhere, for the badge.
  useEffect(
    () =>
      client.subscribe((change) => {
        if (change.type === 'updated' && pageRef.current !== 'my-tickets') {
          setUpdatedTicketIds((previous) => new Set(previous).add(change.ticketId));
        }
      }),
    [client],
  );

  const goTo = (next: DemoPage) => {
    setPage(next);

    if (next === 'my-tickets') {
      setTicketId(null);
      setUpdatedTicketIds(new Set());
    }

    mainRef.current?.focus();
  };

  const handleCreated = (ticket: CreatedTicket) => {
    // The list loads on mount; a new version remounts it so a ticket created on this page shows.
    setListVersion((version) => version + 1);
    onCreated?.(ticket);
  };

  return (
    <SupportProvider client={client} role={role}>
      <div className="acme-app">
        <TopBar
          page={page}
          onPageChange={goTo}
          role={role}
          onRoleChange={onRoleChange}
          userName={DEMO_USER.name}
          helpMenu={
            <HelpMenu
              helpCenterUrl={helpCenterUrl}
              onOpenHelpbot={() => setHelpbotOpen(true)}
              onOpenMyTickets={() => goTo('my-tickets')}
              onCreated={handleCreated}
              badgeCount={updatedTicketIds.size}
              createTicketOpen={createTicketOpen}
              onCreateTicketOpenChange={setCreateTicketOpen}
            />
          }
        />
        <main ref={mainRef} className="acme-main" tabIndex={-1} aria-label="Content">
          {page === 'dashboard' ? <DashboardPage userName={DEMO_USER.name} /> : null}
          {page === 'controls' ? <ControlsPage /> : null}
          {page === 'my-tickets' ? (
            <>
              <div className="acme-page-header acme-page-header-compact">
                <h1>Support</h1>
              </div>
              <MyTickets
                key={listVersion}
                ticketId={ticketId}
                onTicketIdChange={setTicketId}
                onCreateTicket={() => setCreateTicketOpen(true)}
                pollInterval={pollInterval}
              />
            </>
          ) : null}
        </main>
        {helpbotOpen ? <HelpbotPanel onClose={() => setHelpbotOpen(false)} /> : null}
      </div>
    </SupportProvider>
  );
}
