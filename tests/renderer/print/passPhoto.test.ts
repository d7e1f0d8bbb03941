import { describe, expect, it } from 'vitest';
import { safeImageDataUrl } from '../../../renderer/src/print/html';
import { buildPasses } from '../../../renderer/src/features/renovation/print/renovationPassTemplate';
import { PROFILE } from '../../fixtures/printables';

const JOB = {
  unitCode: '3-1-1201',
  contractorName: '美家装饰',
  plannedStart: '2026-11-23',
  permitValidUntil: '2027-01-20',
};
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('a worker pass photo is only ever an inline raster image', () => {
  it('accepts base64 PNG/JPEG data URLs and nothing else', () => {
    expect(safeImageDataUrl(PNG)).toBe(PNG);
    expect(safeImageDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(
      'data:image/jpeg;base64,/9j/4AAQ',
    );
    for (const bad of [
      'https://tracker.example/p.png',
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PHNjcmlwdD4=',
      `${PNG}" onerror="alert(1)`,
      'file:///etc/passwd',
    ]) {
      expect(safeImageDataUrl(bad), bad).toBeUndefined();
    }
  });

  it('prints the placeholder instead of a remote or script photo', () => {
    const passes = [
      { no: 'CR2026-00001', workerName: '甲', idNumber: '', photoDataUrl: PNG },
      {
        no: 'CR2026-00002',
        workerName: '乙',
        idNumber: '',
        photoDataUrl: 'https://x.example/a.png',
      },
    ];
    const doc = buildPasses(JOB, passes, PROFILE, new Map());
    expect(doc.html).toContain(`<img src="${PNG}"`);
    expect(doc.html).not.toContain('x.example');
    expect(doc.html.match(/<img src="data:image\/png/g)).toHaveLength(1);
  });
});
