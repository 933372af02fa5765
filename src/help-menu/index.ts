export { HelpMenu } from './HelpMenu';
export type { HelpMenuProps } from './HelpMenu';
