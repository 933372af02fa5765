import type { StatusCategory, TicketType } from '../client/types';
import type { SupportMessages } from '../messages';

/** Returns the name of a ticket type as the ticket form shows it. */
export function ticketTypeLabel(type: TicketType, messages: SupportMessages): string {
  switch (type) {
    case 'bug':
      return messages.ticketTypeBug;
    case 'service-request':
      return messages.ticketTypeServiceRequest;
    case 'feature':
      return messages.ticketTypeFeature;
    default:
      return type;
  }
}

/** Returns the name of a status category, such as "Waiting for you". */
export function statusCategoryLabel(category: StatusCategory, messages: SupportMessages): string {
  switch (category) {
    case 'open':
      return messages.statusCategoryOpen;
    case 'waiting-for-user':
      return messages.statusCategoryWaitingForUser;
    case 'resolved':
      return messages.statusCategoryResolved;
    default:
      return category;
  }
}
