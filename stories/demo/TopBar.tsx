import type { ReactNode } from 'react';
import type { UserRole } from '../../src/client/types';

/** Page of the demo app. */
export type DemoPage = 'dashboard' | 'controls' | 'my-tickets';

const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Admin',
  'account-admin': 'Account admin',
  member: 'Member',
};

interface TopBarProps {
  page: DemoPage;
  onPageChange: (page: DemoPage) => void;
  role: UserRole;
  onRoleChange: (role: UserRole) => void;
  userName: string;
  /** The help menu, placed at the right of the navigation. */
  helpMenu: ReactNode;
}

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <path d="M14 2 4 6v7c0 6.2 4.2 11 10 13 5.8-2 10-6.8 10-13V6z" fill="var(--acme-brand)" />
      <path
        d="m9.5 14 3 3 6-6.5"
        fill="none"
        stroke="var(--acme-brand-text)"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function initials(name: string): string {
  return name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** Renders the demo product's header: logo, navigation, role switcher, help menu and avatar. */
export function TopBar({
  page,
  onPageChange,
  role,
  onRoleChange,
  userName,
  helpMenu,
}: TopBarProps) {
  const navLink = (target: DemoPage, label: string) => (
    <a
      href={`#${target}`}
      className="acme-nav-link"
      aria-current={page === target ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        onPageChange(target);
      }}
    >
      {label}
    </a>
  );

  return (
    <header className="acme-topbar">
      <a
        href="#dashboard"
        className="acme-logo"
        onClick={(event) => {
          event.preventDefault();
          onPageChange('dashboard');
        }}
      >
        <Logo />
        <span>Acme Compliance</span>
      </a>
      <nav className="acme-nav" aria-label="Main">
        {navLink('dashboard', 'Dashboard')}
        {navLink('controls', 'Controls')}
      </nav>
      <div className="acme-topbar-end">
        <label className="acme-role">
          <span className="acme-role-label">Demo role</span>
          <select value={role} onChange={(event) => onRoleChange(event.target.value as UserRole)}>
            {(Object.keys(ROLE_LABELS) as UserRole[]).map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        {helpMenu}
        <span className="acme-avatar" role="img" aria-label={`Signed in as ${userName}`}>
          {initials(userName)}
        </span>
      </div>
    </header>
  );
}
