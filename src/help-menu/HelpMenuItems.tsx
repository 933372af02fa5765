import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { SupportMessages } from '../messages';
import { HelpMenuItem } from './HelpMenuItem';
import { BookIcon, InboxIcon, SparklesIcon, TicketIcon } from './icons';

/** Action of a menu item, run once the menu has closed. */
export type HelpMenuAction = 'helpbot' | 'create-ticket' | 'my-tickets';

interface HelpMenuItemsProps {
  messages: SupportMessages;
  showHelpbot: boolean;
  showHelpCenter: boolean;
  showMyTickets: boolean;
  /** Opens the Help Center; runs during the selection, so popup blockers allow the new tab. */
  onOpenHelpCenter: () => void;
  /** Records an action to run once the menu has closed. */
  onSelectAfterClose: (action: HelpMenuAction) => void;
}

/** Renders the entries of the help menu, leaving out those the host offers no target for. */
export function HelpMenuItems({
  messages,
  showHelpbot,
  showHelpCenter,
  showMyTickets,
  onOpenHelpCenter,
  onSelectAfterClose,
}: HelpMenuItemsProps) {
  return (
    <>
      {showHelpbot ? (
        <HelpMenuItem
          item="helpbot"
          icon={<SparklesIcon />}
          label={messages.helpMenuHelpbot}
          description={messages.helpMenuHelpbotDescription}
          onSelect={() => onSelectAfterClose('helpbot')}
        />
      ) : null}
      {showHelpCenter ? (
        <HelpMenuItem
          item="help-center"
          icon={<BookIcon />}
          label={messages.helpMenuHelpCenter}
          description={messages.helpMenuHelpCenterDescription}
          external
          onSelect={onOpenHelpCenter}
        />
      ) : null}
      {showHelpbot || showHelpCenter ? (
        <DropdownMenu.Separator data-slot="help-menu-separator" />
      ) : null}
      <HelpMenuItem
        item="create-ticket"
        icon={<TicketIcon />}
        label={messages.helpMenuCreateTicket}
        description={messages.helpMenuCreateTicketDescription}
        onSelect={() => onSelectAfterClose('create-ticket')}
      />
      {showMyTickets ? (
        <HelpMenuItem
          item="my-tickets"
          icon={<InboxIcon />}
          label={messages.helpMenuMyTickets}
          description={messages.helpMenuMyTicketsDescription}
          onSelect={() => onSelectAfterClose('my-tickets')}
        />
      ) : null}
    </>
  );
}
