import { describe, expect, it } from 'vitest';
import { sourcePath } from '../../../renderer/src/features/enquiries/EnquiryDrawer';

describe('an enquiry raised elsewhere links back to where it was raised', () => {
  it('opens the visit, or the survey round', () => {
    expect(sourcePath({ kind: 'visit', id: 'v/1', no: 'BF2026-0001' })).toBe('/visits?open=v%2F1');
    expect(sourcePath({ kind: 'survey', id: 'r1', no: 'DC2026-001 #3' })).toBe('/surveys?open=r1');
  });
});
