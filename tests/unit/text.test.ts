import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldForSearch, matchesSearch } from '@launchpad/shared';

describe('Vietnamese order', () => {
  it('sorts Đ after D and "Mây Đô Thị AI" before "Mây Nông Nghiệp Care"', () => {
    expect(['Mây Nông Nghiệp Care', 'Mây Đô Thị AI', 'Đông', 'Dương', 'Dong'].sort(compareVietnamese)).toEqual([
      'Dong',
      'Dương',
      'Đông',
      'Mây Đô Thị AI',
      'Mây Nông Nghiệp Care',
    ]);
  });
});

describe('search folding', () => {
  it('finds "Phượng" from "phuong" and "Đông" from "dong"', () => {
    expect(matchesSearch('Nguyễn Thị Phượng', 'phuong')).toBe(true);
    expect(matchesSearch('Công ty Đông Đô', 'DONG do')).toBe(true);
    expect(matchesSearch('Đông Á', 'tây')).toBe(false);
  });

  it('folds decomposed input the same as composed input', () => {
    expect(foldForSearch('Phượng'.normalize('NFD'))).toBe(foldForSearch('Phượng'));
    expect(foldForSearch('  Hà   Nội ')).toBe('ha noi');
  });
});

describe('Vietnamese order without ICU', () => {
  const icu = new Intl.Collator('vi');
  // Letters with every tone and case, digits, spaces and the punctuation names carry.
  const letters = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
  const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
  const others = [...' _-,;:!?.\'"()[]{}@*/\\&#%+<=>|~$0123456789'];
  // mulberry32: a seeded generator, so a failure repeats.
  let seed = 20261203;
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  function randomChar(): string {
    if (random(5) === 0) return others[random(others.length)] as string;
    const letter = `${letters[random(letters.length)]}${tones[random(tones.length)]}`.normalize('NFC');
    return random(3) === 0 ? letter.toUpperCase() : letter;
  }
  const randomName = () => Array.from({ length: 1 + random(6) }, randomChar).join('');
  /** `name` with one character changed, added or removed: the pair is decided there, at whichever level. */
  function neighbour(name: string): string {
    const chars = [...name];
    const at = random(chars.length + 1);
    const change = random(4);
    if (change === 0) chars.splice(at, 0, randomChar());
    else if (change === 1) chars.splice(at, 1);
    else if (change === 2 && at < chars.length) chars[at] = (chars[at] as string).toUpperCase();
    else chars[at] = randomChar();
    return chars.join('');
  }

  it('agrees with ICU on 40,000 random pairs of letters, tones, cases, digits and punctuation', () => {
    const disagreements: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const a = randomName();
      const b = random(4) === 0 ? randomName() : neighbour(a);
      if (Math.sign(compareVietnamese(a, b)) !== Math.sign(icu.compare(a, b))) disagreements.push(`${a} / ${b}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('orders tones after the toneless letter, huyền to nặng, and case last', () => {
    expect(['bạ', 'BA', 'bá', 'bã', 'Ba', 'bả', 'bà', 'ba'].sort(compareVietnamese)).toEqual([
      'ba',
      'Ba',
      'BA',
      'bà',
      'bả',
      'bã',
      'bá',
      'bạ',
    ]);
  });

  it('orders every covered character as ICU does', () => {
    const covered = [...others, ...letters, ...letters.map((l) => l.toUpperCase())];
    expect([...covered].sort(compareVietnamese)).toEqual([...covered].sort(icu.compare));
  });

  it('compares decomposed and composed text as equal', () => {
    expect(compareVietnamese('Phượng'.normalize('NFD'), 'Phượng')).toBe(0);
  });

  it('hands text it does not cover (ü, ç, other scripts) to ICU', () => {
    const names = ['Müller', 'Mueller', 'Muller', 'François', 'Francois', '東京', 'Zürich', 'Zurich'];
    expect([...names].sort(compareVietnamese)).toEqual([...names].sort(icu.compare));
  });
});
