import { describe, expect, it } from 'vitest';
import {
  custodyFeeFen,
  custodyUsage,
  missingDocuments,
  moveInProblems,
  nextCustodyCheck,
  requiredDocuments,
  type MoveInCheck,
} from '@shared/domain/movein';
import { builder } from '../fixtures/builder';

const complete = builder<MoveInCheck>(() => ({
  applicantKind: 'owner',
  documents: ['owner_id', 'notice', 'contract'],
  agreements: ['service', 'covenant', 'fire'],
  registrationFilled: true,
  meters: { water: 12, power: 340, gas: 5 },
  metersConfirmed: true,
  keysHanded: 3,
}));

describe('move-in checklist by applicant type', () => {
  it('asks the owner for ID, notice and contract', () => {
    expect(requiredDocuments('owner')).toEqual(['owner_id', 'notice', 'contract']);
  });
  it('asks an agent also for the authorisation letter and the agent ID', () => {
    expect(requiredDocuments('agent')).toEqual([
      'owner_id',
      'notice',
      'contract',
      'authorisation',
      'agent_id',
    ]);
  });
  it('asks a company for its proof and the handler ID instead of an owner ID', () => {
    expect(requiredDocuments('company')).toEqual([
      'notice',
      'contract',
      'company_proof',
      'handler_id',
    ]);
  });
  it('lists what is missing for the applicant', () => {
    expect(missingDocuments('agent', ['owner_id', 'notice', 'contract'])).toEqual([
      'authorisation',
      'agent_id',
    ]);
    expect(missingDocuments('owner', ['owner_id', 'notice', 'contract'])).toEqual([]);
  });
});

describe('moveInProblems', () => {
  it('passes a complete owner move-in', () => {
    expect(moveInProblems(complete())).toEqual([]);
  });
  it('names the missing agent papers, unsigned agreements, form and meters', () => {
    expect(
      moveInProblems(
        complete({
          applicantKind: 'agent',
          agreements: ['service'],
          registrationFilled: false,
          meters: { water: 3 },
          keysHanded: 0,
        }),
      ),
    ).toEqual([
      '缺少资料：业主授权委托书、受托人身份证',
      '未签协议：管理规约（业主公约）、消防安全责任书',
      '未填写《住户登记表》',
      '未抄水、电表读数',
      '未登记交付钥匙数量',
    ]);
  });
  it('needs both sides to confirm the readings', () => {
    expect(moveInProblems(complete({ metersConfirmed: false }))).toEqual(['表读数未经双方确认']);
  });
});

describe('custody', () => {
  it('charges 70% of the property fee, rounded to the fen', () => {
    expect(custodyFeeFen(30_000)).toBe(21_000);
    expect(custodyFeeFen(12_345)).toBe(8_642); // 8641.5 → 8642
    expect(custodyFeeFen(0)).toBe(0);
    expect(custodyFeeFen(10_000, { feePercent: 50, waterLimit: 5, powerLimit: 20 })).toBe(5_000);
  });
  it('flags usage above water 5 and power 20, not at the limit', () => {
    expect(custodyUsage({ water: 10, power: 100 }, { water: 15, power: 120 })).toEqual({
      water: 5,
      power: 20,
      overWater: false,
      overPower: false,
    });
    expect(custodyUsage({ water: 10, power: 100 }, { water: 15.5, power: 121 })).toMatchObject({
      overWater: true,
      overPower: true,
    });
  });
  it('refuses a reading below the start', () => {
    expect(() => custodyUsage({ water: 10, power: 100 }, { water: 9, power: 100 })).toThrow(
      RangeError,
    );
  });
  it('schedules the weekly outside check across a month end', () => {
    expect(nextCustodyCheck('2026-11-27')).toBe('2026-12-04');
  });
});
