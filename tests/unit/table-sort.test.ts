// The app's tables sort names the Vietnamese way whatever the browser's language: Đ after D, ă and â after a, ơ
// after o — PrimeVue's own sort used the browser's collation, which in English puts "Đông" before "Dũng".
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../web/src/components/table-sort';

const NAMES = ['Zeta', 'Đông Á', 'Ơn Xanh', 'Azure', 'Dũng Tiến', 'Ăn Ngon', 'Ong Vàng', 'Ân Tình', 'Ánh Dương'];
const rows = NAMES.map((name, index) => ({ id: index, startup: { name } }));

describe('sorting a table', () => {
  it('orders names with the Vietnamese alphabet, both ways, by a dotted field', () => {
    const ascending = sortRows(rows, 'startup.name', 1).map((row) => row.startup.name);
    expect(ascending).toEqual([
      'Ánh Dương',
      'Azure',
      'Ăn Ngon',
      'Ân Tình',
      'Dũng Tiến',
      'Đông Á',
      'Ong Vàng',
      'Ơn Xanh',
      'Zeta',
    ]);
    expect(sortRows(rows, 'startup.name', -1).map((row) => row.startup.name)).toEqual([...ascending].reverse());
    // Not the browser's English order, which the DataTable used.
    expect(ascending).not.toEqual([...NAMES].sort(new Intl.Collator('en').compare));
  });

  it('orders padded amounts and numbers by value and keeps empty cells last in both directions', () => {
    const amounts = [{ k: '00000000000000000900' }, { k: null }, { k: '00000000000000010000' }, { k: '' }];
    expect(sortRows(amounts, 'k', 1).map((row) => row.k)).toEqual([
      '00000000000000000900',
      '00000000000000010000',
      null,
      '',
    ]);
    expect(sortRows(amounts, 'k', -1).map((row) => row.k)).toEqual([
      '00000000000000010000',
      '00000000000000000900',
      null,
      '',
    ]);
    expect(sortRows([{ n: 10 }, { n: 9 }, { n: 100 }], 'n', 1).map((row) => row.n)).toEqual([9, 10, 100]);
  });

  it('keeps the given order without a sort field and for ties', () => {
    const ties = [
      { id: 1, g: 'b' },
      { id: 2, g: 'a' },
      { id: 3, g: 'b' },
    ];
    expect(sortRows(ties, undefined, 1).map((row) => row.id)).toEqual([1, 2, 3]);
    expect(sortRows(ties, 'g', 1).map((row) => row.id)).toEqual([2, 1, 3]);
  });
});
