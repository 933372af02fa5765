import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketClientError } from '../src/client/errors';
import type { HelpArticle, TicketClient } from '../src/client/types';
import { clearAllDrafts } from '../src/create-ticket-dialog/draftStore';
import {
  categorySelect,
  createButton,
  createTestClient,
  descriptionInput,
  fillForm,
  renderDialog,
  titleInput,
} from './createTicketDialogHelpers';

afterEach(() => {
  clearAllDrafts();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<CreateTicketDialog /> fields', () => {
  describe('description', () => {
    it('changes its hint and placeholder with the ticket type', async () => {
      const { user } = renderDialog();

      await user.click(await screen.findByRole('radio', { name: /^Report bug or problem/ }));
      expect(descriptionInput()).toHaveAccessibleDescription(/steps that lead to the problem/);
      expect(descriptionInput()).toHaveAttribute('placeholder', expect.stringMatching(/Expected/));

      await user.click(screen.getByRole('radio', { name: /^Service request/ }));
      expect(descriptionInput()).toHaveAccessibleDescription(
        /what you need, for whom, and by when/,
      );
      expect(descriptionInput()).toHaveAttribute('placeholder', expect.stringMatching(/Needed by/));

      await user.click(screen.getByRole('radio', { name: /^Request feature/ }));
      expect(descriptionInput()).toHaveAccessibleDescription(/problem the feature would solve/);
      expect(descriptionInput()).toHaveAttribute('placeholder', expect.stringMatching(/problem/));
    });

    it('cuts a 1 MB paste to the limit and says so', async () => {
      const { user } = renderDialog();
      const huge = 'x'.repeat(1024 * 1024);

      await screen.findByRole('textbox', { name: 'Description' });
      await user.click(descriptionInput());

      const started = performance.now();

      await user.paste(huge);

      expect(performance.now() - started).toBeLessThan(2000);
      expect(descriptionInput()).toHaveValue('x'.repeat(300));
      expect(
        screen.getByText(
          'Pasted or typed text was cut because the description can be at most 300 characters.',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('300 of 300 characters')).toBeInTheDocument();
    });

    it('treats spaces alone as empty', async () => {
      const { user, client } = renderDialog({ defaultValues: { type: 'bug' } });

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export fails');
      await user.selectOptions(categorySelect(), 'Billing');
      await user.type(descriptionInput(), '    ');
      await user.click(createButton());

      expect(await screen.findByText('Enter a description.')).toBeInTheDocument();
      expect(client.createTicket).not.toHaveBeenCalled();
    });
  });

  describe('title', () => {
    it('counts user-perceived characters', async () => {
      const { user } = renderDialog();

      await user.click(await screen.findByRole('textbox', { name: 'Title' }));
      // A family emoji is five code points and eleven UTF-16 code units, and one character.
      await user.paste('👩‍👩‍👧‍👦 é');

      expect(screen.getByText('3 of 40 characters')).toBeInTheDocument();
    });

    it('replaces line breaks with spaces', async () => {
      const { user } = renderDialog();

      await user.click(await screen.findByRole('textbox', { name: 'Title' }));
      await user.paste('Export\nfails \r\n again');

      expect(titleInput()).toHaveValue('Export fails again');
      await user.type(titleInput(), '{Enter}');
      expect(titleInput()).toHaveValue('Export fails again');
    });

    it('cuts text at the limit and says so', async () => {
      const { user } = renderDialog();

      await user.click(await screen.findByRole('textbox', { name: 'Title' }));
      await user.paste('a'.repeat(45));

      expect(titleInput()).toHaveValue('a'.repeat(40));
      expect(screen.getByText('40 of 40 characters')).toBeInTheDocument();
      expect(titleInput()).toHaveAccessibleDescription(/title can be at most 40 characters/);
    });

    it('rejects a prefilled title over the limit with the limit in the message', async () => {
      const { user, client } = renderDialog({
        defaultValues: {
          type: 'bug',
          title: 'b'.repeat(41),
          categoryId: 'billing',
          description: 'Steps',
        },
      });

      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(createButton());

      expect(
        await screen.findByText('Title is too long. It can be at most 40 characters.'),
      ).toBeInTheDocument();
      expect(client.createTicket).not.toHaveBeenCalled();
    });
  });

  describe('category', () => {
    it('asks for the area when Other is chosen and sends it', async () => {
      const { user, client } = renderDialog();

      await fillForm(user);
      expect(screen.queryByRole('textbox', { name: 'Area (optional)' })).not.toBeInTheDocument();
      await user.selectOptions(categorySelect(), 'Other');
      await user.type(screen.getByRole('textbox', { name: 'Area (optional)' }), '  Audit log ');
      await user.click(createButton());
      await screen.findByText('Ticket created');

      expect(client.createTicket.mock.calls[0]![0]).toMatchObject({
        categoryId: 'other',
        otherCategory: 'Audit log',
      });
    });

    it('does not send an area for other categories', async () => {
      const { user, client } = renderDialog();

      await fillForm(user);
      await user.selectOptions(categorySelect(), 'Other');
      await user.type(screen.getByRole('textbox', { name: 'Area (optional)' }), 'Audit log');
      await user.selectOptions(categorySelect(), 'Reports');
      await user.click(createButton());
      await screen.findByText('Ticket created');

      expect(client.createTicket.mock.calls[0]![0].otherCategory).toBeUndefined();
    });
  });

  describe('help articles', () => {
    const articles: HelpArticle[] = [1, 2, 3, 4, 5, 6].map((index) => ({
      id: `article-${index}`,
      title: `Export article ${index}`,
      url: `https://help.example.com/articles/${index}`,
    }));

    function renderWithSearch(search: NonNullable<TicketClient['searchHelpArticles']>) {
      const searchHelpArticles = vi.fn(search);
      const rendered = renderDialog({
        client: createTestClient({ searchHelpArticles }),
      });

      return { ...rendered, searchHelpArticles };
    }

    it('lists up to five matching articles in new tabs, after typing pauses', async () => {
      const { user, searchHelpArticles } = renderWithSearch(() => Promise.resolve(articles));

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export');

      const list = await screen.findByRole('region', { name: /may answer your question/ });
      const links = within(list).getAllByRole('link');

      expect(links).toHaveLength(5);
      expect(links[0]).toHaveAttribute('href', 'https://help.example.com/articles/1');
      expect(links[0]).toHaveAttribute('target', '_blank');
      expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
      expect(searchHelpArticles).toHaveBeenCalledTimes(1);
      expect(searchHelpArticles).toHaveBeenCalledWith(
        { text: 'Export', limit: 5 },
        { signal: expect.any(AbortSignal) },
      );
    });

    it('waits for three characters', async () => {
      const { user, searchHelpArticles } = renderWithSearch(() => Promise.resolve(articles));

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Ex');
      await new Promise((resolve) => setTimeout(resolve, 400));

      expect(searchHelpArticles).not.toHaveBeenCalled();
      expect(screen.queryByRole('region', { name: /may answer/ })).not.toBeInTheDocument();
    });

    it('aborts the search a newer one replaces', async () => {
      const signals: AbortSignal[] = [];
      const { user } = renderWithSearch(
        (_query, options) =>
          new Promise((resolve) => {
            signals.push(options!.signal!);
            setTimeout(() => resolve(articles), 500);
          }),
      );

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export');
      await waitFor(() => expect(signals).toHaveLength(1));
      await user.type(titleInput(), ' fails');
      await waitFor(() => expect(signals).toHaveLength(2));

      expect(signals[0]!.aborted).toBe(true);
      expect(signals[1]!.aborted).toBe(false);
    });

    it('hides the list quietly when the search fails', async () => {
      const { user, searchHelpArticles } = renderWithSearch(() =>
        Promise.reject(new TicketClientError('unavailable')),
      );

      await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export');
      await waitFor(() => expect(searchHelpArticles).toHaveBeenCalled());
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

      expect(screen.queryByRole('region', { name: /may answer/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});
