// Legal citations read in the reader's language: the rule sets' citations, recorded in English, are written in
// Vietnamese for the Vietnamese reader; an admin's own wording is never altered.
import { describe, expect, it } from 'vitest';
import {
  FUND_POLICY_CITATION,
  FUND_RULE_SET,
  FUND_RULE_SETS,
  citationIn,
  formatCitation,
  parseReference,
  type LegalCitation,
} from '@launchpad/shared';

describe('a legal citation in the reader’s language', () => {
  it('writes article, clause and point the Vietnamese way', () => {
    const text = 'Decree 264/2025/NĐ-CP, Art. 6(4)(b); Resolution 30/2025/NQ-HĐND';
    expect(citationIn(text, 'vi')).toBe('Nghị định 264/2025/NĐ-CP, Điều 6 khoản 4 điểm b; Nghị quyết 30/2025/NQ-HĐND');
    expect(citationIn(text, 'en')).toBe(text);
  });

  it('keeps the act a resolution rests on, and the amending act with its first day', () => {
    expect(citationIn('Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)', 'vi')).toBe(
      'Nghị quyết 30/2025/NQ-HĐND (Luật Thủ đô 2024, Điều 36)',
    );
    expect(
      citationIn('Decree 38/2018/NĐ-CP, Art. 5, as amended by Decree 210/2025/NĐ-CP (from 15 Sep 2025)', 'vi'),
    ).toBe('Nghị định 38/2018/NĐ-CP, Điều 5, được sửa đổi bởi Nghị định 210/2025/NĐ-CP (từ 15/09/2025)');
  });

  it('reads a Vietnamese citation back into English', () => {
    expect(citationIn('Nghị định 264/2025/NĐ-CP, Điều 10 khoản 4', 'en')).toBe('Decree 264/2025/NĐ-CP, Art. 10(4)');
    expect(citationIn('Chính sách chương trình: Quỹ chỉ là nhà đồng đầu tư thiểu số', 'en')).toBe(
      'Program policy: the fund is only a minority co-investor',
    );
  });

  it('writes the fund’s own policy in Vietnamese', () => {
    expect(citationIn(FUND_POLICY_CITATION, 'vi')).toBe(
      'Chính sách của Quỹ (Quỹ chưa ghi nhận quy định pháp luật nào)',
    );
  });

  it('leaves words it does not know as the admin typed them, translating only the parts it reads', () => {
    expect(citationIn('Resolution 30/2025/NQ-HĐND, as amended mid-year', 'vi')).toBe(
      'Resolution 30/2025/NQ-HĐND, as amended mid-year',
    );
    expect(citationIn('Decree 264/2025/NĐ-CP, Art. 10(4); monitoring threshold of the board', 'vi')).toBe(
      'Nghị định 264/2025/NĐ-CP, Điều 10 khoản 4; monitoring threshold of the board',
    );
    expect(citationIn('Decree 264/2025, Art. 6', 'vi')).toBe('Decree 264/2025, Art. 6');
  });

  it('reads back every citation of every rule set in both languages to the same structure', () => {
    for (const name of FUND_RULE_SETS) {
      for (const rule of FUND_RULE_SET[name].rules) {
        const parts = rule.citation.split('; ').map((part) => parseReference(part));
        expect(parts, rule.citation).not.toContain(null);
        const citation = parts as LegalCitation;
        expect(formatCitation(citation, 'en')).toBe(rule.citation);
        expect(citationIn(formatCitation(citation, 'vi'), 'en')).toBe(rule.citation);
        expect(citationIn(rule.citation, 'vi')).not.toMatch(/Decree|Resolution|Art\.|policy/);
      }
    }
  });
});
