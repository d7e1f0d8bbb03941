import { describe, expect, it } from 'vitest';
import {
  personSearchTerms,
  searchQueryKeys,
  searchTerms,
  unitSearchTerms,
} from '@shared/domain/searchTerms';

describe('unit search terms', () => {
  it('stores the code, building, room and building-room', () => {
    expect(unitSearchTerms({ building: '3', entrance: '1', room: '1201' })).toEqual([
      '3-1-1201',
      '3',
      '1201',
      '3-1201',
    ]);
  });

  it('does not repeat keys for a unit without entrance', () => {
    expect(unitSearchTerms({ building: 'A', room: '1201' })).toEqual(['a-1201', 'a', '1201']);
  });
});

describe('person search terms', () => {
  it('stores name, phones, last four digits, ID tails and plates', () => {
    expect(
      personSearchTerms({
        name: '张三',
        phones: ['13812345678', '0755-87654321'],
        idNumber: '11010519491231002X',
        plates: ['粤BD12345'],
      }),
    ).toEqual([
      '张三',
      '13812345678',
      '5678',
      '075587654321',
      '4321',
      '87654321',
      '31002x',
      '002x',
      '粤bd12345',
      'bd12345',
    ]);
  });

  it('includes a company’s contact person and skips what is missing', () => {
    expect(
      personSearchTerms({ name: 'ABC 公司', contactPerson: '李四', phones: [], plates: [] }),
    ).toEqual(['abc 公司', '李四']);
  });

  it('never stores a full ID number', () => {
    const terms = personSearchTerms({
      name: '王五',
      phones: [],
      idNumber: '44030519900101123X',
      plates: [],
    });
    expect(terms).not.toContain('44030519900101123x');
    expect(terms.every((t) => t.length <= 6 || t === '王五')).toBe(true);
  });

  it('dispatches on the subject', () => {
    expect(searchTerms({ building: '3', room: '101' })).toEqual(['3-101', '3', '101']);
    expect(searchTerms({ name: '赵六', phones: ['13900001111'], plates: [] })).toEqual([
      '赵六',
      '13900001111',
      '1111',
    ]);
  });
});

describe('searchQueryKeys', () => {
  it('folds case and width', () => {
    expect(searchQueryKeys('  ＡＢＣ ')).toEqual(['abc']);
    expect(searchQueryKeys('')).toEqual([]);
  });

  it('reads a phone typed with spaces', () => {
    expect(searchQueryKeys('138 1234')).toEqual(['1381234']);
  });

  it('reads a unit typed the Chinese way', () => {
    expect(searchQueryKeys('3栋1单元12')).toEqual(['3栋1单元12', '3-1-12']);
  });

  it('reads a plate typed with a dot', () => {
    expect(searchQueryKeys('粤B·D123')).toEqual(['粤b·d123', '粤bd123']);
  });

  it('a unit code matches the stored keys by prefix', () => {
    const keys = unitSearchTerms({ building: '3', entrance: '1', room: '1201' });
    for (const q of ['3-1-12', '3栋1单元1201', '3-12', '120']) {
      expect(searchQueryKeys(q).some((k) => keys.some((t) => t.startsWith(k)))).toBe(true);
    }
  });
});
