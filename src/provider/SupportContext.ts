import { createContext } from 'react';
import type { TicketClient, UserRole } from '../client/types';
import type { SupportMessages } from '../messages';

/** Settings that `SupportProvider` shares with every component below it. */
export interface SupportSettings {
  /** Backend the components read and write tickets through. */
  client?: TicketClient;
  /** Role of the signed-in user; only `admin` and `account-admin` may create tickets. */
  role?: UserRole;
  /** Texts that replace the English defaults, key by key. */
  messages?: Partial<SupportMessages>;
  /** BCP 47 locale for dates and file sizes; the browser's locale when absent. */
  locale?: string;
}

export const SupportContext = createContext<SupportSettings | null>(null);
