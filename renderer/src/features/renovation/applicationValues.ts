import type { RenovationInput } from '../../db/repositories/renovationRepository';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';

/** The scope answers shown as checkboxes, in form order. */
export const SCOPE_FLAGS = [
  'commercial',
  'changesStructure',
  'addsLoad',
  'changesPlumbing',
  'changesGas',
  'changesPower',
  'affectsFacade',
  'dischargesWaste',
] as const;

/** An empty application, as a new form starts. */
const EMPTY_APPLICATION: RenovationInput = {
  unitId: '',
  unitCode: '',
  ownerName: '',
  ownerPhone: '',
  applicantKind: 'owner',
  agentName: '',
  contractorName: '',
  contractorLeader: '',
  contractorPhone: '',
  licenceNo: '',
  qualificationNo: '',
  plannedStart: '',
  plannedEnd: '',
  workingHours: '08:00-12:00，14:00-18:00',
  workItems: '',
  commercial: false,
  changesStructure: false,
  addsLoad: false,
  changesPlumbing: false,
  changesGas: false,
  changesPower: false,
  affectsFacade: false,
  dischargesWaste: false,
  workers: [{ name: '', idNumber: '' }],
  checklist: [],
  notes: '',
};

/** The form's starting values: the job being edited, or an empty application. */
export function emptyApplication(job?: RenovationRecord): RenovationInput {
  if (!job) return structuredClone(EMPTY_APPLICATION);
  // The application's own fields, without the job's workflow state around them.
  const keys = Object.keys(EMPTY_APPLICATION) as (keyof RenovationInput)[];
  return Object.fromEntries(keys.map((k) => [k, job[k]])) as RenovationInput;
}
