import { describe, expect, it } from 'vitest';
import {
  fitScale,
  MIN_SCALE,
  partHeightMm,
  textEm,
  type PartContent,
} from '../../../renderer/src/print/fitPart';
import { PAPERS } from '../../../renderer/src/print/paper';

const STRIP_MM = (148.5 - 6) / 3;

const usual: PartContent = {
  meta: ['日期：2026-03-02 10:05', '缴款人：张三（个人）', '房号：3-1-1201', '收款方式：现金'],
  columns: [['装修保证金（业主）', '施工许可证工本费']],
  foot: ['收款单位（盖章）：阳光花园物业服务中心', '收款人：王前台'],
  notes: [],
};

describe('fitting a receipt part into its strip', () => {
  it('measures CJK as 1 em and Latin digits as about half', () => {
    expect(textEm('收据')).toBe(2);
    expect(textEm('SJ2026')).toBeCloseTo(3.12);
  });

  it('keeps the full type size for an everyday receipt', () => {
    expect(fitScale(PAPERS['half-A4'], usual, STRIP_MM)).toBe(1);
    expect(fitScale(PAPERS['241x93'], usual, 93 - 10)).toBe(1);
  });

  it('shrinks the type for a crowded receipt, never below the floor', () => {
    const crowded: PartContent = {
      ...usual,
      meta: [
        ...usual.meta,
        '缴款人：南京市玄武区某某某某某某建筑装饰装修工程有限责任公司第三分公司（单位）',
      ],
      columns: [
        ['一', '二', '三', '四'],
        ['五', '六', '七', '物业管理费（2026 年度全年）'],
      ],
    };
    const scale = fitScale(PAPERS['half-A4'], crowded, STRIP_MM);
    expect(scale).toBeLessThan(1);
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(partHeightMm(PAPERS['half-A4'], crowded, scale)).toBeLessThanOrEqual(STRIP_MM);
    const absurd = { ...crowded, columns: [Array.from({ length: 30 }, () => '项目')] };
    expect(fitScale(PAPERS['half-A4'], absurd, STRIP_MM)).toBe(MIN_SCALE);
  });
});
