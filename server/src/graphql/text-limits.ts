// Limits read off a GraphQL document's text before it is parsed: one pass over the characters, linear in the
// text and stopping at the first limit passed. A hostile document (thousands of levels, aliases, directives or
// tokens) is refused here in a fraction of a millisecond, before graphql-js builds a syntax tree of it, before
// authentication and before the rate limiter. What passes is still measured exactly by `limits.ts` once parsed.
import { GRAPHQL_LIMITS } from './limits';

/** A document refused on its text: which limit, and a sentence the client can act on. */
export interface TextLimitRefusal {
  limit: 'nesting' | 'tokens' | 'nameLength' | 'aliases' | 'directives';
  message: string;
}

const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Hash = 0x23,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Plus = 0x2b,
  Comma = 0x2c,
  Minus = 0x2d,
  Dot = 0x2e,
  Colon = 0x3a,
  At = 0x40,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  Underscore = 0x5f,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  ByteOrderMark = 0xfeff,
}

const isNameStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === Char.Underscore;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isNameContinue = (c: number) => isNameStart(c) || isDigit(c);

/** Where the string token starting at `start` (a `"`) ends, by the lexer's rules for strings and block strings. */
function endOfString(text: string, start: number): number {
  const n = text.length;
  if (text.charCodeAt(start + 1) === Char.Quote && text.charCodeAt(start + 2) === Char.Quote) {
    let i = start + 3;
    while (i < n) {
      if (text.startsWith('"""', i)) return i + 3;
      i += text.startsWith('\\"""', i) ? 4 : 1;
    }
    return n;
  }
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Char.Quote) return i + 1;
    // A line break ends the document's validity (graphql-js: "Unterminated string"); the parser refuses it there.
    if (c === Char.LineFeed || c === Char.CarriageReturn) return i;
    i += c === Char.Backslash ? 2 : 1;
  }
  return n;
}

/**
 * The first text limit `document` passes, or null. Strings, block strings and comments are skipped as the lexer
 * skips them, so braces or colons inside them count for nothing. Counted:
 * - nesting of `{` and `[` (selection sets, object and list values, list types): graphql-js' parser recurses once
 *   per level and overflows the stack at a few thousand;
 * - tokens, as the parser counts them (comments excluded), against the same `maxTokens`;
 * - the length of every name;
 * - aliases (a `:` inside a selection set and outside any argument list) and directives (an `@` inside a selection
 *   set), per top-level definition. The limit rule counts the same ones per operation with fragments expanded, so
 *   a definition over the limit here could never pass there (an unused fragment is refused by graphql-js itself).
 */
export function textLimitRefusal(document: string): TextLimitRefusal | null {
  const { maxNesting, maxTokens, maxNameLength, maxAliases, maxDirectives } = GRAPHQL_LIMITS;
  const n = document.length;
  let nesting = 0;
  let argumentLists = 0;
  let tokens = 0;
  let aliases = 0;
  let directives = 0;
  let i = 0;
  while (i < n) {
    const c = document.charCodeAt(i);
    if (c === Char.Space || c === Char.Comma || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab) {
      i++;
      continue;
    }
    if (c === Char.ByteOrderMark) {
      i++;
      continue;
    }
    if (c === Char.Hash) {
      while (i < n && document.charCodeAt(i) !== Char.LineFeed && document.charCodeAt(i) !== Char.CarriageReturn) i++;
      continue;
    }
    if (++tokens > maxTokens) {
      return { limit: 'tokens', message: `This document has more than ${maxTokens} tokens; split it up` };
    }
    if (isNameStart(c)) {
      const start = i;
      while (i < n && isNameContinue(document.charCodeAt(i))) i++;
      if (i - start > maxNameLength) {
        return {
          limit: 'nameLength',
          message: `A name in this document is ${i - start} characters long; at most ${maxNameLength} are allowed`,
        };
      }
      continue;
    }
    if (isDigit(c) || c === Char.Minus) {
      // A number (its exponent and fraction included); what follows a malformed one the parser refuses.
      i++;
      while (i < n) {
        const d = document.charCodeAt(i);
        const exponentSign =
          (d === Char.Plus || d === Char.Minus) && (document[i - 1] === 'e' || document[i - 1] === 'E');
        if (!isNameContinue(d) && d !== Char.Dot && !exponentSign) break;
        i++;
      }
      continue;
    }
    if (c === Char.Quote) {
      i = endOfString(document, i);
      continue;
    }
    i++;
    switch (c) {
      case Char.OpenBrace:
      case Char.OpenBracket:
        if (++nesting > maxNesting) {
          return {
            limit: 'nesting',
            message: `This document nests braces and brackets more than ${maxNesting} levels deep; at most ${maxNesting} are allowed`,
          };
        }
        break;
      case Char.CloseBrace:
      case Char.CloseBracket:
        nesting = Math.max(0, nesting - 1);
        // The end of a top-level definition (an operation or a fragment): the next one is counted afresh.
        if (nesting === 0) aliases = directives = 0;
        break;
      case Char.OpenParen:
        argumentLists++;
        break;
      case Char.CloseParen:
        argumentLists = Math.max(0, argumentLists - 1);
        break;
      case Char.Colon:
        if (nesting > 0 && argumentLists === 0 && ++aliases > maxAliases) {
          return { limit: 'aliases', message: `This request uses more than ${maxAliases} aliases; split it up` };
        }
        break;
      case Char.At:
        if (nesting > 0 && ++directives > maxDirectives) {
          return {
            limit: 'directives',
            message: `This request uses more than ${maxDirectives} directives; split it up`,
          };
        }
        break;
      case Char.Dot:
        // `...` is one token (a spread); the parser refuses a lone `.`.
        if (document.startsWith('..', i)) i += 2;
        break;
    }
  }
  return null;
}
