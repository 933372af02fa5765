import type { HelpArticle } from '../types';

const ARTICLE_BASE_URL = 'https://support.example.com/articles';

/** Help articles of the demo product. */
export const DEFAULT_HELP_ARTICLES: HelpArticle[] = [
  {
    id: 'export-reports',
    title: 'Export a report to CSV or PDF',
    url: `${ARTICLE_BASE_URL}/export-reports`,
    excerpt: 'Download any saved report as a CSV file or a PDF from the report menu.',
  },
  {
    id: 'dashboard-loading',
    title: 'Dashboard widgets stay empty or load slowly',
    url: `${ARTICLE_BASE_URL}/dashboard-loading`,
    excerpt:
      'Check the date range and filters, then clear the widget cache from the dashboard menu.',
  },
  {
    id: 'invite-users',
    title: 'Invite users and assign roles',
    url: `${ARTICLE_BASE_URL}/invite-users`,
    excerpt:
      'Admins invite colleagues by e-mail and choose the admin, account admin or member role.',
  },
  {
    id: 'reset-password',
    title: 'Reset a password or unlock an account',
    url: `${ARTICLE_BASE_URL}/reset-password`,
    excerpt: 'Send a password reset link, or unlock a user after too many sign-in attempts.',
  },
  {
    id: 'connect-slack',
    title: 'Connect the Slack integration',
    url: `${ARTICLE_BASE_URL}/connect-slack`,
    excerpt: 'Post alerts and report summaries to a Slack channel of your choice.',
  },
  {
    id: 'integration-sync-errors',
    title: 'Integration sync errors and how to fix them',
    url: `${ARTICLE_BASE_URL}/integration-sync-errors`,
    excerpt: 'Reconnect an integration whose token expired, and retry the records that failed.',
  },
  {
    id: 'update-billing',
    title: 'Update the billing address or payment method',
    url: `${ARTICLE_BASE_URL}/update-billing`,
    excerpt: 'Change the card, the invoice address or the VAT number of your subscription.',
  },
  {
    id: 'download-invoices',
    title: 'Download past invoices',
    url: `${ARTICLE_BASE_URL}/download-invoices`,
    excerpt: 'Find every invoice of your account under Billing, as a PDF.',
  },
];

/** Words too common to tell articles apart. */
const STOP_WORDS = new Set(
  'a an and are can do does for how i in is it my not of on or the to with'.split(' '),
);

/** Splits text into lowercase words of letters and digits. */
function toWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Returns the articles that share words with the text, best match first, at most `limit`.
 * A query word matches an article word that starts with it, so "export" finds "exporting".
 * A match in the title counts twice as much as one in the excerpt.
 */
export function searchArticles(
  articles: readonly HelpArticle[],
  text: string,
  limit: number,
): HelpArticle[] {
  const queryWords = [...new Set(toWords(text))].filter((word) => !STOP_WORDS.has(word));

  if (queryWords.length === 0 || limit <= 0) {
    return [];
  }

  const scored = articles.map((article, index) => {
    const titleWords = toWords(article.title);
    const excerptWords = toWords(article.excerpt ?? '');
    let score = 0;

    for (const word of queryWords) {
      if (titleWords.some((candidate) => candidate.startsWith(word))) {
        score += 2;
      } else if (excerptWords.some((candidate) => candidate.startsWith(word))) {
        score += 1;
      }
    }

    return { article, index, score };
  });

  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => ({ ...entry.article }));
}
