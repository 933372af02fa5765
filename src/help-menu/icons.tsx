import type { SVGProps } from 'react';

/** Returns the props of the menu's inline icons, which are decorative, so screen readers skip them. */
function iconProps(size: number): SVGProps<SVGSVGElement> {
  return {
    width: size,
    height: size,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    'aria-hidden': true,
    focusable: false,
  };
}

export function QuestionIcon() {
  return (
    <svg {...iconProps(20)} data-slot="help-menu-trigger-icon">
      <circle cx="12" cy="12" r="9.5" />
      <path d="M9.2 9.2a2.9 2.9 0 0 1 5.6 1c0 1.9-2.8 2.6-2.8 4.1" />
      <circle cx="12" cy="17.4" r="0.6" fill="currentColor" />
    </svg>
  );
}

export function SparklesIcon() {
  return (
    <svg {...iconProps(18)} data-slot="help-menu-item-icon">
      <path d="M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9z" />
      <path d="M19 15.5l.8 1.7 1.7.8-1.7.8-.8 1.7-.8-1.7-1.7-.8 1.7-.8z" />
    </svg>
  );
}

export function BookIcon() {
  return (
    <svg {...iconProps(18)} data-slot="help-menu-item-icon">
      <path d="M5 4.5A2.5 2.5 0 0 1 7.5 2H20v15H7.5A2.5 2.5 0 0 0 5 19.5z" />
      <path d="M5 19.5A2.5 2.5 0 0 0 7.5 22H20v-5" />
      <path d="M9.5 7h6.5M9.5 10.5h4.5" />
    </svg>
  );
}

export function TicketIcon() {
  return (
    <svg {...iconProps(18)} data-slot="help-menu-item-icon">
      <path d="M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v2.5a2.5 2.5 0 0 0 0 5V17a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-2.5a2.5 2.5 0 0 0 0-5z" />
      <path d="M12 9.5v5M9.5 12h5" />
    </svg>
  );
}

export function InboxIcon() {
  return (
    <svg {...iconProps(18)} data-slot="help-menu-item-icon">
      <path d="M3 13l2.6-7.4A1 1 0 0 1 6.5 5h11a1 1 0 0 1 .9.6L21 13v5a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z" />
      <path d="M3 13h5l1.5 2.5h5L16 13h5" />
    </svg>
  );
}

export function ExternalLinkIcon() {
  return (
    <svg {...iconProps(14)} data-slot="help-menu-item-external-icon">
      <path d="M14 4h6v6M20 4l-9 9" />
      <path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </svg>
  );
}
