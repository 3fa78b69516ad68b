// Vietnamese text for people: the order names sort in (ICU's Vietnamese collation: Đ after D, tones after
// the base letter) and the folding a search ignores (case, tone and vowel marks, đ → d). The server does the
// same in PostgreSQL (collation vi_icu, function launchpad_fold); these are for lists the web sorts or
// narrows itself.

// ICU's Vietnamese collation costs a browser ~30 ms to load (four times that on a phone), inside the first render
// of any page with a sorted list. Names made of the characters below are compared here instead, by the same three
// levels ICU uses: the letters (ă after a, đ after d, ơ after ô…), then the tones (none, huyền, hỏi, ngã, sắc,
// nặng), then the case. Anything else (ü, ç, other scripts) goes to the real collator. tests/unit/text.test.ts
// checks the two agree.
const PRIMARY_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%+<=>|~$0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const PRIMARY = new Map([...PRIMARY_ORDER].map((char, index) => [char, index + 1]));
/** Marks that make another letter of the alphabet: breve, circumflex, horn. */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']);
/** Tone marks in Vietnamese collation order, after the toneless letter. */
const TONES = new Map([
  ['\u0300', 1],
  ['\u0309', 2],
  ['\u0303', 3],
  ['\u0301', 4],
  ['\u0323', 5],
]);

interface CollationKey {
  primary: number[];
  secondary: number[];
  tertiary: number[];
}

// A sort compares each text many times: its key is kept (the cache is emptied when it grows large).
const keys = new Map<string, CollationKey | undefined>();

function collationKey(text: string): CollationKey | undefined {
  if (!keys.has(text)) {
    if (keys.size > 10_000) keys.clear();
    keys.set(text, buildCollationKey(text));
  }
  return keys.get(text);
}

/** The three levels of a text, or undefined when it holds a character this table does not cover. */
function buildCollationKey(text: string): CollationKey | undefined {
  const key: CollationKey = { primary: [], secondary: [], tertiary: [] };
  const chars = [...text.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const lower = char.toLowerCase();
    let letter = lower;
    const tones: number[] = [];
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1] as string)) {
      const mark = chars[++i] as string;
      const tone = TONES.get(mark);
      if (tone !== undefined) tones.push(tone);
      else if (LETTER_MARKS.has(mark)) letter += mark;
      else return undefined;
    }
    const primary = PRIMARY.get(letter.normalize('NFC'));
    if (primary === undefined) return undefined;
    key.primary.push(primary);
    key.secondary.push(0, ...tones);
    key.tertiary.push(char === lower ? 0 : 1);
  }
  return key;
}

function compareLevels(a: number[], b: number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

// Built on first use, for the texts the table above does not cover.
let vietnamese: Intl.Collator | undefined;

/** Compares two names the Vietnamese way ("Mây Đô Thị AI" before "Mây Nông Nghiệp Care"). */
export function compareVietnamese(a: string, b: string): number {
  const keyA = collationKey(a);
  const keyB = keyA && collationKey(b);
  if (!keyA || !keyB) {
    vietnamese ??= new Intl.Collator('vi');
    return vietnamese.compare(a, b);
  }
  return Math.sign(
    compareLevels(keyA.primary, keyB.primary) ||
      compareLevels(keyA.secondary, keyB.secondary) ||
      compareLevels(keyA.tertiary, keyB.tertiary),
  );
}

/** A text as a search compares it: lower case, without marks, đ as d, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `text` contains `query`, ignoring case, accents and spacing. */
export function matchesSearch(text: string, query: string): boolean {
  return foldForSearch(text).includes(foldForSearch(query));
}
