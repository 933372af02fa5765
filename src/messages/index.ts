import { commonMessages } from './common';
import { createTicketMessages } from './createTicket';
import { helpMenuMessages } from './helpMenu';
import { myTicketsMessages } from './myTickets';

/** Every English text the components show; hosts override any key through `messages`. */
export const defaultMessages = {
  ...commonMessages,
  ...helpMenuMessages,
  ...createTicketMessages,
  ...myTicketsMessages,
};

/** Texts of the components: plain strings, or functions of the values a text contains. */
export type SupportMessages = typeof defaultMessages;
