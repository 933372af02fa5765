import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { ExternalLinkIcon } from './icons';

interface HelpMenuItemProps {
  /** Value of `data-item`, a styling and testing hook naming the entry. */
  item: string;
  icon: ReactNode;
  label: string;
  /** Secondary line under the label. */
  description: string;
  /** Adds an arrow that marks the item as opening another page. */
  external?: boolean;
  onSelect: () => void;
}

/**
 * Renders one entry of the help menu: icon, label and a muted description line. The accessible name is
 * the whole visible text, so that speech-input users can say what they see; typeahead uses the
 * label alone.
 */
export function HelpMenuItem({
  item,
  icon,
  label,
  description,
  external,
  onSelect,
}: HelpMenuItemProps) {
  return (
    <DropdownMenu.Item
      data-slot="help-menu-item"
      data-item={item}
      textValue={label}
      onSelect={onSelect}
    >
      <span data-slot="help-menu-item-icon-box">{icon}</span>
      <span data-slot="help-menu-item-text">
        <span data-slot="help-menu-item-label">
          {label}
          {external ? <ExternalLinkIcon /> : null}
        </span>
        <span data-slot="help-menu-item-description">{description}</span>
      </span>
    </DropdownMenu.Item>
  );
}
