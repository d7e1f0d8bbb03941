import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/shell';

export const shell: DeepStrings<typeof zhCN.shell> = {
  today: 'Today {date}',
  todayFormat: 'ddd D MMM',
  signedInAs: 'Signed in: {name} ({role})',
  operatorShort: '{name} ({role})',
  signOut: 'Sign out',
  lock: 'Lock',
  globalSearch: 'Search unit, name, phone, number (Ctrl+K)',
  searchNoResult: 'No matching records',
  storagePersisted: 'Storage on this PC is persistent',
  storageNotPersisted:
    'The browser did not allow persistent storage: data may be cleared when the disk runs low. Back up regularly and check the storage status in Settings.',
  comingIn: 'This arrives with task {issue}: {what}',
  shortcuts: 'Shortcuts',
  shortcutList:
    'Ctrl+K search · Alt+N new · Ctrl+S save · Esc close dialog · Alt+1…9 switch register',
};

export const nav: DeepStrings<typeof zhCN.nav> = {
  home: 'Today',
  archive: 'Units & residents',
  renovation: 'Renovation',
  complaints: 'Complaints',
  enquiries: 'Enquiries',
  repairs: 'Repairs',
  services: 'Paid services',
  money: 'Receipts',
  fees: 'Property fees',
  cashup: 'Cash-up',
  mail: 'Mail',
  movein: 'Move-in',
  release: 'Release passes',
  keys: 'Keys',
  visitors: 'Visitors',
  handover: 'Shift handover',
  patrols: 'Patrols & inspections',
  venues: 'Public spaces',
  surveys: 'Satisfaction surveys',
  revisits: 'Follow-ups',
  review: 'Monthly review',
  branches: 'Branches',
  settings: 'Settings',
  operators: 'Operators',
  audit: 'Audit log',
  groupDesk: 'Front desk',
  groupRegisters: 'Registers',
  groupAdmin: 'Management',
  ariaLabel: 'Main navigation',
};
