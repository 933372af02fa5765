import type {
  AttachmentRules,
  FeatureCategory,
  Person,
  TextLimits,
  TicketAccess,
  TicketStatus,
  TicketType,
} from '../types';
import type { MemoryUser } from './types';

/** Demo user that the memory client signs in when no `currentUser` is given. */
export const DEFAULT_CURRENT_USER: MemoryUser = {
  name: 'Alex Morgan',
  email: 'alex.morgan@example.com',
};

/** Customer success manager who writes the scripted support replies. */
export const DEFAULT_SUPPORT_AGENT: Person = {
  id: 'agent-jordan-lee',
  name: 'Jordan Lee',
  email: 'jordan.lee@support.example.com',
};

/** Product areas of the demo, ending with the catch-all "Other". */
export const DEFAULT_CATEGORIES: FeatureCategory[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'reports', label: 'Reports' },
  { id: 'integrations', label: 'Integrations' },
  { id: 'user-management', label: 'User management' },
  { id: 'billing', label: 'Billing' },
  { id: 'other', label: 'Other', other: true },
];

/** Ticket types the memory client offers by default. */
export const DEFAULT_TICKET_TYPES: TicketType[] = ['bug', 'service-request', 'feature'];

/** 10 MB per file, at most 5 files: images, PDF, plain text, CSV, logs, JSON and ZIP. */
export const DEFAULT_ATTACHMENT_RULES: AttachmentRules = {
  maxFileSize: 10 * 1024 * 1024,
  maxFiles: 5,
  accept: [
    'image/*',
    'application/pdf',
    'text/plain',
    'text/csv',
    'application/json',
    'application/zip',
    '.pdf',
    '.txt',
    '.csv',
    '.log',
    '.json',
    '.zip',
  ],
};

/** Text limits in user-perceived characters. */
export const DEFAULT_LIMITS: TextLimits = {
  titleMaxLength: 120,
  descriptionMaxLength: 5000,
  commentMaxLength: 5000,
};

/** Access of the default demo account. */
export const DEFAULT_ACCESS: TicketAccess = { status: 'enabled' };

/** Support portal of the demo; ticket URLs are this plus `/` and the key. */
export const DEFAULT_PORTAL_URL = 'https://support.example.com/tickets';

/** Status of a new ticket, and of one the user has replied to. */
export const WAITING_FOR_SUPPORT: TicketStatus = { category: 'open', label: 'Waiting for support' };

/** Status after the support team picked a ticket up. */
export const IN_REVIEW: TicketStatus = { category: 'open', label: 'In review' };

/** Status after the support team asked the user something. */
export const WAITING_FOR_YOU: TicketStatus = {
  category: 'waiting-for-user',
  label: 'Waiting for you',
};

/** Status of a ticket the support team closed. */
export const RESOLVED: TicketStatus = { category: 'resolved', label: 'Resolved' };
