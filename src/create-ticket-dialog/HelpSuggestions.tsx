import { useId } from 'react';
import type { HelpArticle } from '../client/types';
import type { SupportMessages } from '../messages';
import { safeUrl } from '../utils/safeUrl';

/** Help articles that match the title, each opening in a new tab; nothing when there are none. */
export function HelpSuggestions({
  articles,
  messages,
}: {
  articles: HelpArticle[];
  messages: SupportMessages;
}) {
  const headingId = useId();
  const linked = articles.flatMap((article) => {
    const href = safeUrl(article.url);

    return href ? [{ ...article, href }] : [];
  });

  if (linked.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby={headingId} data-slot="create-ticket-suggestions">
      <h3 id={headingId} data-slot="create-ticket-suggestions-heading">
        {messages.createTicketSuggestionsHeading}
      </h3>
      <ul data-slot="create-ticket-suggestions-list">
        {linked.map((article) => (
          <li key={article.id} data-slot="create-ticket-suggestion">
            <a href={article.href} target="_blank" rel="noopener noreferrer">
              {article.title}
              <span data-slot="visually-hidden"> {messages.createTicketOpensInNewTab}</span>
            </a>
            {article.excerpt ? (
              <p data-slot="create-ticket-suggestion-excerpt">{article.excerpt}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
