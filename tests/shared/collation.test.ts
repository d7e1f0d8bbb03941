import { describe, expect, it } from 'vitest';
import { compareCodes, sortByCode } from '@shared/domain/collation';

describe('codes in the order clerks read them', () => {
  it('sorts as compareCodes does, stable for codes it finds equal, and learns new codes', () => {
    const rows = ['10-101', '2-101', '1-1-1001', '1-1-902', '01-1-902', '二号楼', '一号楼'].map(
      (code, i) => ({ code, i }),
    );
    const expected = [...rows].sort((a, b) => compareCodes(a.code, b.code));
    expect(sortByCode([...rows], (r) => r.code)).toEqual(expected);
    // `1-1-902` and `01-1-902` compare equal: they keep the order they came in.
    const equal = sortByCode([...rows].reverse(), (r) => r.code).filter((r) =>
      r.code.endsWith('1-902'),
    );
    expect(equal.map((r) => r.code)).toEqual(['01-1-902', '1-1-902']);
    // A code between two already ranked takes its place.
    const more = [...rows, { code: '3-101', i: 7 }];
    expect(sortByCode([...more], (r) => r.code).map((r) => r.code)).toEqual(
      [...more].sort((a, b) => compareCodes(a.code, b.code)).map((r) => r.code),
    );
    expect(
      sortByCode([...more], (r) => r.code)
        .map((r) => r.code)
        .slice(3, 6),
    ).toEqual(['2-101', '3-101', '10-101']);
  });
});
