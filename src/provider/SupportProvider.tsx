import { useMemo, type ReactNode } from 'react';
import { SupportContext, type SupportSettings } from './SupportContext';

/** Props of `SupportProvider`. */
export interface SupportProviderProps extends SupportSettings {
  children?: ReactNode;
}

/**
 * Shares the ticket client, role, messages and locale with every support component below it, so
 * that they can omit those props. Props given to a component win over the provider's.
 */
export function SupportProvider({
  client,
  role,
  messages,
  locale,
  children,
}: SupportProviderProps) {
  const value = useMemo(
    () => ({ client, role, messages, locale }),
    [client, role, messages, locale],
  );

  return <SupportContext.Provider value={value}>{children}</SupportContext.Provider>;
}
