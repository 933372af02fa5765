export { MyTickets } from './MyTickets';
export { useUpdatedTicketCount } from './useUpdatedTicketCount';
export type { MyTicketsProps } from './MyTickets';
export type { UpdatedTicketCountOptions } from './useUpdatedTicketCount';
