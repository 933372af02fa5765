import type { TicketDetail } from '../client/types';
import type { SupportMessages } from '../messages';

/** One @, no spaces, and a dot in the domain; the backend makes the final check. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns the address as the backend compares it: without surrounding spaces, in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Returns why a normalized address cannot be added to the ticket, or null when it can: missing,
 * malformed, the reporter's own, or already a participant.
 */
export function checkParticipantEmail(
  email: string,
  ticket: TicketDetail,
  messages: SupportMessages,
): string | null {
  if (email === '') {
    return messages.myTicketsParticipantEmailRequired;
  }

  if (!emailPattern.test(email)) {
    return messages.myTicketsParticipantEmailInvalid;
  }

  if (ticket.reporter.email && normalizeEmail(ticket.reporter.email) === email) {
    return messages.myTicketsParticipantIsYou;
  }

  if (ticket.participants.some((participant) => normalizeEmail(participant.email) === email)) {
    return messages.myTicketsParticipantDuplicate({ email });
  }

  return null;
}
