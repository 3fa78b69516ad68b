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
