// Vietnamese text for people: the order names sort in (ICU's Vietnamese collation: Đ after D, tones after
// the base letter) and the folding a search ignores (case, tone and vowel marks, đ → d). The server does the
// same in PostgreSQL (collation vi_icu, function launchpad_fold); these are for lists the web sorts or
// narrows itself.

// Built on first use: loading ICU's Vietnamese collation costs a browser ~30 ms, which a page that sorts nothing
// should not pay while it loads.
let vietnamese: Intl.Collator | undefined;

/** Compares two names the Vietnamese way ("Mây Đô Thị AI" before "Mây Nông Nghiệp Care"). */
export function compareVietnamese(a: string, b: string): number {
  vietnamese ??= new Intl.Collator('vi');
  return vietnamese.compare(a, b);
}

/** A text as a search compares it: lower case, without marks, đ as d, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `text` contains `query`, ignoring case, accents and spacing. */
export function matchesSearch(text: string, query: string): boolean {
  return foldForSearch(text).includes(foldForSearch(query));
}
