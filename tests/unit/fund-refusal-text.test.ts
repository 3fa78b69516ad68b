// A limit refusal on the fund pages says, in the reader's language, what was refused with its own figures (dong for
// the budget, members for the counts) and names the rule it applied with its citation and version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client';
import { refusalText } from '../../web/src/components/fund/refusal-text';

type Tree = { [key: string]: string | Tree };
const load = (lang: 'vi' | 'en') =>
  JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Tree;

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** vue-i18n's named interpolation and `te`, enough for these messages. */
function texts(lang: 'vi' | 'en', error: unknown): string {
  const tree = load(lang);
  const t = (key: string, values: Record<string, unknown> = {}) => {
    const template = lookup(tree, key);
    if (!template) throw new Error(`missing message ${key}`);
    return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name]));
  };
  return refusalText(error, t, (key) => lookup(tree, key) !== undefined, lang);
}

const budgetRule = {
  kind: 'STATE_BUDGET_AMOUNT',
  citation: 'Resolution 30/2025/NQ-HĐND',
  ruleId: 'r2',
  version: 2,
  effectiveFrom: '2026-07-01',
  limit: '400000000000',
};

describe('a limit refusal in the reader’s words', () => {
  it('gives the budget refusal in dong and names the rule version with its citation, in vi and in en', () => {
    const error = new ApiError('CHARTER_LIMIT_EXCEEDED', 'server text', {
      current: '400000000001',
      limit: '400000000000',
      headroom: '106000000000',
      rule: budgetRule,
    });
    const vi = texts('vi', error);
    expect(vi).toContain('400.000.000.001');
    expect(vi).toContain('106.000.000.000');
    expect(vi).toContain('Mức góp vốn ngân sách — Nghị quyết 30/2025/NQ-HĐND (phiên bản 2, hiệu lực từ 01/07/2026)');
    const en = texts('en', error);
    expect(en).toContain(
      'Rule applied: State budget contribution — Resolution 30/2025/NQ-HĐND (version 2, in force since 1 Jul 2026)',
    );
    expect(en).not.toContain('—,');
  });

  it('counts investors above the range and below its minimum', () => {
    const rule = { ...budgetRule, kind: 'INVESTORS_COUNT', citation: 'Decree 38/2018/NĐ-CP, Art. 5', version: 1 };
    const above = new ApiError('CHARTER_LIMIT_EXCEEDED', 'x', {
      current: '31',
      limit: '30',
      minimum: '2',
      headroom: '0',
      rule,
    });
    expect(texts('en', above)).toMatch(/^Refused: the fund would have 31 investors, above the limit of 30; 0 more/);
    const below = new ApiError('CHARTER_LIMIT_EXCEEDED', 'x', {
      current: '1',
      limit: '30',
      minimum: '2',
      headroom: '28',
      rule,
    });
    expect(texts('vi', below)).toContain('chỉ còn 1 nhà đầu tư, dưới mức tối thiểu 2');
    expect(texts('vi', below)).toContain('Số nhà đầu tư — Nghị định 38/2018/NĐ-CP, Điều 5 (phiên bản 1');
  });

  it('cites the fund policy when no rule version was recorded', () => {
    const error = new ApiError('STAKE_LIMIT_EXCEEDED', 'x', {
      currentBp: 5000,
      capBp: 4900,
      headroom: '0',
      rule: {
        kind: 'STAKE_PER_STARTUP',
        citation: 'Fund policy (no legal rule recorded for this fund)',
        version: null,
      },
    });
    expect(texts('en', error)).toContain(
      'Rule applied: Stake in one startup — Fund policy (no legal rule recorded for this fund).',
    );
  });
});
