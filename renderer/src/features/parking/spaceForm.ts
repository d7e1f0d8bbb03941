import type { Resolver } from 'react-hook-form';
import {
  parkingSpaceSchema,
  type ParkingKind,
  type ParkingSpaceInput,
} from '@shared/domain/parking';
import { mappedZodResolver } from '../../components/formResolver';
import type { ParkingSpaceRecord } from '../../db/records';

/** The space form: the schema's own fields. */
export interface ParkingSpaceValues {
  no: string;
  zone: string;
  kind: ParkingKind;
  note: string;
}

export const spaceValues = (s?: ParkingSpaceRecord): ParkingSpaceValues => ({
  no: s?.no ?? '',
  zone: s?.zone ?? '',
  kind: s?.kind ?? 'property',
  note: s?.note ?? '',
});

export const toSpaceInput = (v: ParkingSpaceValues): ParkingSpaceInput => ({ ...v });

export const spaceResolver = (): Resolver<ParkingSpaceValues> =>
  mappedZodResolver(parkingSpaceSchema, toSpaceInput);
