// Legal citations as data, written in the reader's language: "Decree 264/2025/NĐ-CP, Art. 6(4)(b)" in English is
// "Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b" in Vietnamese. The rule sets hold citations as structure; a
// rule version keeps its citation as the text it was recorded with (the English form for the rule sets, whatever
// an admin typed otherwise), and `citationIn` reads that text back into structure to write it in the reader's
// language. A part it cannot read is shown as it was recorded, so nothing is hidden or altered.
import { formatDayInput, parseDayInput, type DayLocale } from './day-input.js';

/** The acts a citation names; numbered ones carry their official number ("264/2025/NĐ-CP"). */
export type LegalActKind = 'DECREE' | 'RESOLUTION' | 'CIRCULAR' | 'LAW' | 'CAPITAL_LAW';

/** An act: a numbered one (`number`), or the Capital Law of a year (`number` is the year). */
export type LegalAct = { kind: LegalActKind; number: string };

/** Article, clause and point of an act (Art. 6(4)(b)). */
export type LegalProvision = { article: number; clause?: number; point?: string };

/** The fund's and the program's own policies, cited where no law sets the rule. */
export const LEGAL_POLICIES = ['NO_LEGAL_RULE', 'MINORITY_CO_INVESTOR', 'PAID_IN_ONLY', 'WITHIN_COMMITMENT'] as const;
export type LegalPolicy = (typeof LEGAL_POLICIES)[number];

/** One reference: an act (its provision, the act amending it from a day, and the law it rests on), or a policy. */
export type LegalReference =
  | {
      act: LegalAct;
      provision?: LegalProvision;
      amendedBy?: { act: LegalAct; from?: string };
      /** The act this one rests on, cited in brackets ("Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)"). */
      basis?: LegalReference;
    }
  | { policy: LegalPolicy };

/** A citation: references in order, separated by "; ". */
export type LegalCitation = readonly LegalReference[];

type Words = {
  acts: Record<LegalActKind, string>;
  article: string;
  amendedBy: string;
  from: string;
  policies: Record<LegalPolicy, string>;
};

const WORDS: Record<DayLocale, Words> = {
  en: {
    acts: { DECREE: 'Decree', RESOLUTION: 'Resolution', CIRCULAR: 'Circular', LAW: 'Law', CAPITAL_LAW: 'Capital Law' },
    article: 'Art.',
    amendedBy: 'as amended by',
    from: 'from',
    policies: {
      NO_LEGAL_RULE: 'Fund policy (no legal rule recorded for this fund)',
      MINORITY_CO_INVESTOR: 'Program policy: the fund is only a minority co-investor',
      PAID_IN_ONLY: 'Fund policy: the fund invests only capital its members have paid in',
      WITHIN_COMMITMENT: "The member's commitment: paid-in capital never exceeds what was committed",
    },
  },
  vi: {
    acts: {
      DECREE: 'Nghị định',
      RESOLUTION: 'Nghị quyết',
      CIRCULAR: 'Thông tư',
      LAW: 'Luật',
      CAPITAL_LAW: 'Luật Thủ đô',
    },
    article: 'Điều',
    amendedBy: 'được sửa đổi bởi',
    from: 'từ',
    policies: {
      NO_LEGAL_RULE: 'Chính sách của Quỹ (Quỹ chưa ghi nhận quy định pháp luật nào)',
      MINORITY_CO_INVESTOR: 'Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số',
      PAID_IN_ONLY: 'Chính sách của Quỹ: Quỹ chỉ đầu tư bằng vốn các thành viên đã góp',
      WITHIN_COMMITMENT: 'Cam kết của thành viên: vốn đã góp không vượt quá vốn đã cam kết',
    },
  },
};

const LOCALES: readonly DayLocale[] = ['en', 'vi'];

function actText(act: LegalAct, w: Words): string {
  return `${w.acts[act.kind]} ${act.number}`;
}

function provisionText(p: LegalProvision, locale: DayLocale): string {
  if (locale === 'en') return `Art. ${p.article}${p.clause ? `(${p.clause})` : ''}${p.point ? `(${p.point})` : ''}`;
  return `Điều ${p.article}${p.clause ? ` khoản ${p.clause}` : ''}${p.point ? ` điểm ${p.point}` : ''}`;
}

function referenceText(ref: LegalReference, locale: DayLocale): string {
  const w = WORDS[locale];
  if ('policy' in ref) return w.policies[ref.policy];
  let text = actText(ref.act, w);
  if (ref.provision) text += `, ${provisionText(ref.provision, locale)}`;
  if (ref.amendedBy) {
    text += `, ${w.amendedBy} ${actText(ref.amendedBy.act, w)}`;
    if (ref.amendedBy.from) text += ` (${w.from} ${formatDayInput(ref.amendedBy.from, locale)})`;
  }
  if (ref.basis) text += ` (${referenceText(ref.basis, locale)})`;
  return text;
}

/** A citation in a language: en "Decree 264/2025/NĐ-CP, Art. 6(4)(b)", vi "Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b". */
export function formatCitation(citation: LegalCitation, locale: DayLocale): string {
  return citation.map((ref) => referenceText(ref, locale)).join('; ');
}

// ---- Reading a recorded citation back (either language) ----

const NUMBERED = /^(\d+\/\d{4}\/[\p{L}\p{N}-]+)$/u;

function readAct(text: string, w: Words): LegalAct | null {
  // Longest names first, so "Capital Law" is not read as "Law".
  const kinds = (Object.keys(w.acts) as LegalActKind[]).sort((a, b) => w.acts[b].length - w.acts[a].length);
  for (const kind of kinds) {
    const name = `${w.acts[kind]} `;
    if (!text.startsWith(name)) continue;
    const number = text.slice(name.length);
    if (kind === 'CAPITAL_LAW' ? /^\d{4}$/.test(number) : NUMBERED.test(number)) return { kind, number };
    return null;
  }
  return null;
}

const EN_PROVISION = /^Art\. (\d+)(?:\((\d+)\))?(?:\(([a-zđ])\))?$/u;
const VI_PROVISION = /^Điều (\d+)(?: khoản (\d+))?(?: điểm ([a-zđ]))?$/u;

function readProvision(text: string, locale: DayLocale): LegalProvision | null {
  const m = (locale === 'en' ? EN_PROVISION : VI_PROVISION).exec(text);
  if (!m) return null;
  return {
    article: Number(m[1]),
    ...(m[2] ? { clause: Number(m[2]) } : {}),
    ...(m[3] ? { point: m[3] } : {}),
  };
}

/** The text inside a trailing "(…)" and what precedes it, or null when the text does not end with one. */
function trailingBrackets(text: string): { head: string; inner: string } | null {
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    if (text[i] === '(' && --depth === 0) {
      if (i === 0 || text[i - 1] !== ' ') return null;
      return { head: text.slice(0, i - 1), inner: text.slice(i + 1, -1) };
    }
  }
  return null;
}

function readReference(text: string, locale: DayLocale): LegalReference | null {
  const w = WORDS[locale];
  const policy = LEGAL_POLICIES.find((p) => w.policies[p] === text);
  if (policy) return { policy };
  const direct = readActReference(text, locale);
  if (direct) return direct;
  // "<act …> (<basis>)": the bracket is the act's basis.
  const split = trailingBrackets(text);
  if (!split) return null;
  const head = readActReference(split.head, locale);
  const basis = head && !head.basis ? readReference(split.inner, locale) : null;
  return head && basis ? { ...head, basis } : null;
}

function readActReference(text: string, locale: DayLocale): Extract<LegalReference, { act: LegalAct }> | null {
  const w = WORDS[locale];
  const [actPart, ...rest] = text.split(', ');
  const act = readAct(actPart ?? '', w);
  if (!act) return null;
  const ref: Extract<LegalReference, { act: LegalAct }> = { act };
  let i = 0;
  const provision = rest[i] !== undefined ? readProvision(rest[i]!, locale) : null;
  if (provision) {
    ref.provision = provision;
    i++;
  }
  const amended = rest[i];
  if (amended !== undefined) {
    const prefix = `${w.amendedBy} `;
    if (!amended.startsWith(prefix)) return null;
    let by = amended.slice(prefix.length);
    let from: string | undefined;
    const bracket = trailingBrackets(by);
    if (bracket && bracket.inner.startsWith(`${w.from} `)) {
      const day = parseDayInput(bracket.inner.slice(w.from.length + 1), locale);
      if (!day.ok) return null;
      from = day.day;
      by = bracket.head;
    }
    const amendingAct = readAct(by, w);
    if (!amendingAct) return null;
    ref.amendedBy = from ? { act: amendingAct, from } : { act: amendingAct };
    i++;
  }
  return i === rest.length ? ref : null;
}

/** A recorded reference read in whichever language it was written, or null when it is not one the product knows. */
export function parseReference(text: string): LegalReference | null {
  for (const locale of LOCALES) {
    const ref = readReference(text.trim(), locale);
    if (ref) return ref;
  }
  return null;
}

/**
 * A recorded citation in the reader's language: each "; "-separated part it can read is written in `locale`, any
 * other part (an admin's own words) stays exactly as recorded.
 */
export function citationIn(text: string, locale: DayLocale): string {
  return text
    .split('; ')
    .map((part) => {
      const ref = parseReference(part);
      return ref ? referenceText(ref, locale) : part;
    })
    .join('; ');
}
