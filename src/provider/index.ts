export { SupportProvider } from './SupportProvider';
export type { SupportProviderProps } from './SupportProvider';
export type { SupportSettings } from './SupportContext';
