// The audit log reads as sentences: every action the server records (every `action:` given to recordAudit in
// server/src) has a Vietnamese and an English sentence, so a new action without one fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_SENTENCES,
  actionLabel,
  auditChanges,
  auditSentence,
  sentenceText,
  type AuditEntryLike,
} from '../../web/src/format/audit-sentences';

const SERVER_SRC = join(dirname(fileURLToPath(import.meta.url)), '../../server/src');
const PLACEHOLDERS = new Set(
  'actor subject startup fund member deal challenge mentor amount from to email name when due period year day count rating metric version'.split(
    ' ',
  ),
);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every action literal written as `action: '…'` (or chosen by a ternary on that line) in a file that records audit entries. */
function recordedActions(): string[] {
  const actions = new Set<string>();
  for (const path of sources(SERVER_SRC)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const line of text.split('\n')) {
      const m = /\baction:\s*(.+)$/.exec(line);
      if (!m) continue;
      for (const literal of m[1]!.matchAll(/'([a-z_-]+\.[a-zA-Z_-]+)'/g)) actions.add(literal[1]!);
    }
  }
  return [...actions].sort();
}

const label = (group: string, code: string) => `${group}:${code}`;

const entry = (over: Partial<AuditEntryLike>): AuditEntryLike => ({
  action: 'fund.commitCapital',
  entityType: 'Commitment',
  actorName: 'Nguyễn Minh Quân',
  subject: {},
  ...over,
});

describe('a sentence for every audit action', () => {
  const actions = recordedActions();

  it('finds the actions the server records (the scan reads the right files)', () => {
    expect(actions.length).toBeGreaterThan(80);
    expect(actions).toEqual(expect.arrayContaining(['fund.commitCapital', 'fund.writeOff', 'application.appealed']));
  });

  it.each(actions)('%s has a sentence in both languages, with known placeholders only', (action) => {
    const template = AUDIT_SENTENCES[action];
    expect(template, `no sentence for ${action}`).toBeDefined();
    for (const text of [template!.vi, template!.en]) {
      expect(text.startsWith('{actor}') || text.includes('{actor}')).toBe(true);
      for (const [, key] of text.matchAll(/\{([a-zA-Z]+)\}/g)) expect(PLACEHOLDERS.has(key!), key).toBe(true);
    }
    expect(template!.vi).not.toBe(template!.en);
  });

  it('keeps no sentence for an action the server no longer records', () => {
    expect(Object.keys(AUDIT_SENTENCES).filter((action) => !actions.includes(action))).toEqual([]);
  });
});

describe('the sentences', () => {
  const commitment = entry({
    after: JSON.stringify({ memberName: 'Vietcombank', amount: '12000000000' }),
    subject: { name: 'Vietcombank', fundId: 'f1', fundName: 'Quỹ Hà Nội' },
  });

  it('reads a capital contribution with its amount as money in the reader’s language', () => {
    expect(sentenceText(auditSentence(commitment, 'vi', label))).toBe(
      'Nguyễn Minh Quân ghi nhận góp vốn 12 tỷ ₫ của Vietcombank',
    );
    expect(sentenceText(auditSentence(commitment, 'en', label))).toBe(
      'Nguyễn Minh Quân recorded a VND 12 bn contribution from Vietcombank',
    );
  });

  it('links the names to their pages', () => {
    const member = auditSentence(commitment, 'en', label).find((segment) => segment.text === 'Vietcombank');
    expect(member).toMatchObject({ link: '/fund/f1', name: true });
    const moved = auditSentence(
      entry({
        action: 'startup.moved',
        entityType: 'Startup',
        before: '{"stage":"IDEA"}',
        after: '{"stage":"MVP"}',
        subject: { name: 'MediLink', startupId: 's1', startupName: 'MediLink' },
      }),
      'en',
      label,
    );
    expect(sentenceText(moved)).toBe('Nguyễn Minh Quân moved MediLink from stage:IDEA to stage:MVP');
    expect(moved.find((segment) => segment.text === 'MediLink')?.link).toBe('/program/startups/s1');
  });

  it('names a public applicant as such, and a write with no actor as the system', () => {
    const applied = entry({
      action: 'application.submitted',
      entityType: 'Application',
      actorName: null,
      subject: { name: 'Team Lotus', challengeId: 'c1', challengeTitle: 'Smart traffic' },
    });
    expect(sentenceText(auditSentence(applied, 'vi', label))).toBe(
      'Người nộp hồ sơ công khai nộp hồ sơ Team Lotus cho bài toán Smart traffic',
    );
    expect(sentenceText(auditSentence(applied, 'en', label))).toMatch(/^A public applicant submitted/);
    const seeded = entry({ action: 'startup.created', entityType: 'Startup', actorName: null, subject: { name: 'X' } });
    expect(sentenceText(auditSentence(seeded, 'en', label))).toBe('The system created the startup X');
  });

  it('labels an action for the filter by its verb phrase', () => {
    expect(actionLabel('fund.commitCapital', 'en')).toBe('Recorded a … contribution from …');
    expect(actionLabel('unknown.action', 'vi')).toBe('unknown.action');
  });

  it('shows what changed, old → new, with money and dates formatted and ids left out', () => {
    const changes = auditChanges(
      '{"amount":"5000000000","fund":{"committed":"5000000000"}}',
      '{"amount":"12000000000","reason":"top-up","fundId":"f1","date":"2026-08-06","fund":{"committed":"12000000000"}}',
      'vi',
    );
    expect(changes).toEqual([
      { key: 'amount', before: '5.000.000.000 ₫', after: '12.000.000.000 ₫' },
      { key: 'fund.committed', before: '5.000.000.000 ₫', after: '12.000.000.000 ₫' },
      { key: 'reason', before: null, after: 'top-up' },
      { key: 'date', before: null, after: '06/08/2026' },
    ]);
  });
});
