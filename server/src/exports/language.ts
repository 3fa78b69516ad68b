// The caller's language, for exports and for the refusals worded per caller: the `lang` argument, else the
// request's Accept-Language (English when it prefers en, Vietnamese otherwise: the product's default language).
import type { GraphQLContext } from '../graphql/context';

export const LANGUAGES = ['VI', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

export function requestLanguage(ctx: Pick<GraphQLContext, 'reply'>, lang?: Language | null): Language {
  return lang ?? languageOfHeader(ctx.reply?.request?.headers['accept-language']);
}

/** English when an Accept-Language header prefers it, Vietnamese otherwise. */
export function languageOfHeader(header: string | string[] | undefined): Language {
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'EN' : 'VI';
}

/** Picks the caller's language from a pair of texts. */
export function inLanguage<T>(language: Language, texts: { vi: T; en: T }): T {
  return language === 'EN' ? texts.en : texts.vi;
}
