import type { TicketStatus } from '../client/types';
import type { SupportMessages } from '../messages';
import { statusCategoryLabel } from './labels';

interface StatusBadgeProps {
  status: TicketStatus;
  messages: SupportMessages;
}

/**
 * Shows the support team's label of a status in a badge coloured by its category, and the
 * category's name beside it when the label does not already say it.
 */
export function StatusBadge({ status, messages }: StatusBadgeProps) {
  const categoryLabel = statusCategoryLabel(status.category, messages);
  const showCategory = categoryLabel.toLowerCase() !== status.label.trim().toLowerCase();

  return (
    <span data-slot="my-tickets-status" data-category={status.category}>
      <span data-slot="my-tickets-status-badge">{status.label || categoryLabel}</span>
      {showCategory && status.label ? (
        <span data-slot="my-tickets-status-category">{categoryLabel}</span>
      ) : null}
    </span>
  );
}
