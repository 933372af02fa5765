import { useEffect, useState } from 'react';
import type { HelpArticle, TicketClient } from '../client/types';

/** Wait after the last keystroke before searching, in ms. */
export const SUGGESTION_DELAY_MS = 300;
/** Shortest trimmed title that starts a search, in characters. */
export const SUGGESTION_MIN_LENGTH = 3;
/** Largest number of articles shown. */
export const SUGGESTION_LIMIT = 5;

/**
 * Returns help articles matching `text`, searched after typing pauses. A newer search aborts the
 * older one, and a failed search shows nothing because suggestions are optional.
 */
export function useHelpSuggestions(client: TicketClient, text: string): HelpArticle[] {
  const [articles, setArticles] = useState<HelpArticle[]>([]);
  const query = text.trim();

  useEffect(() => {
    if (!client.searchHelpArticles || query.length < SUGGESTION_MIN_LENGTH) {
      setArticles([]);

      return undefined;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => {
      client
        .searchHelpArticles?.(
          { text: query, limit: SUGGESTION_LIMIT },
          { signal: controller.signal },
        )
        .then(
          (found) => {
            if (!controller.signal.aborted) {
              setArticles(found.slice(0, SUGGESTION_LIMIT));
            }
          },
          () => {
            if (!controller.signal.aborted) {
              setArticles([]);
            }
          },
        );
    }, SUGGESTION_DELAY_MS);

    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, query]);

  return articles;
}
