export { createMemoryTicketClient } from './createMemoryTicketClient';
export { createDemoTickets } from './demoData';
export { DEFAULT_CATEGORIES, DEFAULT_CURRENT_USER } from './defaults';
export type { DemoTicketOptions } from './demoData';
export type {
  MemoryCall,
  MemoryFailureRule,
  MemoryFailureSpec,
  MemoryFailures,
  MemoryLatency,
  MemoryMethodName,
  MemoryPersistOptions,
  MemorySupportActivityOptions,
  MemoryTicketChange,
  MemoryTicketClient,
  MemoryTicketClientOptions,
  MemoryTicketSeed,
  MemoryUser,
} from './types';
