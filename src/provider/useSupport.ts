import { useContext, useMemo } from 'react';
import type { TicketClient, UserRole } from '../client/types';
import { defaultMessages, type SupportMessages } from '../messages';
import { SupportContext, type SupportSettings } from './SupportContext';

/** Settings a component resolved from its props, then `SupportProvider`, then defaults. */
export interface ResolvedSupport {
  client: TicketClient;
  role: UserRole;
  messages: SupportMessages;
  locale: string | undefined;
}

/**
 * Resolves a component's client, role, messages and locale. Throws when neither the props nor a
 * `SupportProvider` give a client or a role, because the component cannot work without them.
 */
export function useSupport(componentName: string, props: SupportSettings): ResolvedSupport {
  const context = useContext(SupportContext);
  const client = props.client ?? context?.client;
  const role = props.role ?? context?.role;
  const contextMessages = context?.messages;
  const propMessages = props.messages;
  const locale = props.locale ?? context?.locale;

  const messages = useMemo(
    () => mergeMessages(contextMessages, propMessages),
    [contextMessages, propMessages],
  );

  if (!client) {
    throw new Error(
      `react-support-tickets: <${componentName}> has no ticket client, so it cannot load or ` +
        `send tickets. Pass a \`client\` prop or render it inside <SupportProvider client={…}>.`,
    );
  }

  if (!role) {
    throw new Error(
      `react-support-tickets: <${componentName}> has no \`role\`, so it cannot tell whether the ` +
        `user may create tickets. Pass \`role\` ("admin", "account-admin" or "member") as a prop ` +
        `or to <SupportProvider>.`,
    );
  }

  return { client, role, messages, locale };
}

/**
 * Returns the default messages with the overrides applied in order. An override left undefined,
 * as i18n loaders return for a missing key, keeps the default, and a plain string given for a
 * message that takes values is used as it is.
 */
export function mergeMessages(
  ...overrides: Array<Partial<SupportMessages> | undefined>
): SupportMessages {
  const merged: Record<string, unknown> = { ...defaultMessages };

  for (const override of overrides) {
    for (const [key, value] of Object.entries(override ?? {})) {
      if (value === undefined || value === null || !(key in defaultMessages)) {
        continue;
      }

      const isFunctionMessage = typeof merged[key] === 'function';

      merged[key] = isFunctionMessage && typeof value === 'string' ? () => value : value;
    }
  }

  return merged as SupportMessages;
}

/** Returns true for the roles that may create tickets. */
export function canCreateTickets(role: UserRole): boolean {
  return role === 'admin' || role === 'account-admin';
}
