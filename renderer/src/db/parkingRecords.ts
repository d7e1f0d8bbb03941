/** Stored shapes of the parking register (issue 19, schema version 13). */
import type { ParkingKind, ParkingUse } from '@shared/domain/parking';
import type { BaseRecord } from '@shared/domain/record';

/** One parking space (车位). */
export interface ParkingSpaceRecord extends BaseRecord {
  /** 车位号, upper case (`B2-015`). */
  no: string;
  /** 区域: the level or zone (`地下二层 B区`). */
  zone: string;
  kind: ParkingKind;
  note: string;
}

/** One let (租用) or sale (购买) of a space to a unit: the 车位使用登记. */
export interface ParkingLeaseRecord extends BaseRecord {
  /** CW number. */
  no: string;
  spaceId: string;
  /** Copied from the space when written, so lists and prints need no second read. */
  spaceNo: string;
  zone: string;
  kind: ParkingKind;
  unitId: string;
  unitCode: string;
  holderName: string;
  holderPhone: string;
  use: ParkingUse;
  startDate: string;
  /** '' for a sale. */
  endDate: string;
  /** Normalized plates (`粤BD12345`). */
  plates: string[];
  monthlyFeeFen: number;
  note: string;
  /** Ended early (退租/转让): the last day in force, and why. */
  endedOn?: string;
  endReason?: string;
  /** The let renewing this one, and the one this renews. */
  renewedById?: string;
  renewsId?: string;
  clerkName: string;
  printCount: number;
  terms: string[];
}
