import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/backup';

export const backup: DeepStrings<typeof zhCN.backup> = {
  intro:
    "The registers are the office's legal records. They are backed up daily and on quit to the folder below (a USB drive or network share is best), keeping {daily} daily and {monthly} monthly copies.",
  folder: 'Backup folder',
  noFolder: 'Not chosen',
  chooseFolder: 'Choose folder',
  last: 'Last backup',
  headerNote: 'Last backup: {at}',
  never: 'Never backed up',
  lastValue: '{at} ({reason}) → {place}',
  stale: 'No backup for over {days} days. Back up now (Settings → Backup & restore).',
  staleShort: 'No backup for {days}+ days',
  encryption: 'Encryption',
  encryptedOn: 'Encrypted (AES-256)',
  encryptedOff: 'Not encrypted',
  setPassword: 'Set password',
  clearPassword: 'Turn off encryption',
  passwordPlaceholder: 'At least 10 characters; a lost password cannot open the backups',
  passwordTooShort: 'The password needs at least 10 characters',
  encryptedOffWarning:
    "Unencrypted backups leave out the operators' PINs (so they cannot be cracked offline); a restore then asks for a new supervisor PIN. Setting a backup password is recommended.",
  desk: 'Desk code',
  setupIntro:
    "With a backup password every backup is encrypted (AES-256), so a lost USB drive cannot be read; at least 10 characters, kept safely by this PC's system; without it the backups cannot be opened. You can set it later under “Settings → Backup & restore”.",
  setupPassword: 'Backup password (optional)',
  setupPasswordConfirm: 'Backup password again',
  passwordSaved: 'Backup password set; every later backup is encrypted',
  passwordCleared: 'Encryption turned off',
  backupNow: 'Back up now',
  settingsManagerOnly:
    'Only a manager chooses the folder, sets the password, backs up by hand or restores; automatic backups go on as usual.',
  backingUp: 'Backing up {done}/{total} rows…',
  restoreChecking: 'Checking {done}/{total} rows…',
  restoreWriting: 'Writing {done}/{total} rows…',
  backedUp: 'Backed up to {path}',
  reasons: {
    manual: 'manual',
    daily: 'daily',
    quit: 'on quit',
    safety: 'safety copy before restore',
  },
  restoreTitle: 'Restore from backup',
  restoreIntro:
    'A restore checks the backup row by row into a new database; when all is correct it first makes a safety backup of the current data, then switches and reopens the app. Nothing on the way changes the current data. Only the customer-service manager can restore.',
  foreignTitle: "This file does not carry this property's backup mark",
  foreignWarning:
    "It may come from another PC or property, or have been altered. After a restore its receipts, operators and so on become this desk's official data. Continue only if you know where the file comes from.",
  foreignConfirm: 'I understand the risk; restore this file',
  verifiedNote: "This property's backup (mark correct)",
  pinsOmittedTitle: 'This backup is not encrypted and holds no operator PINs',
  pinsOmittedWhat:
    "Choose the supervisor who signs in after the restore and set a new PIN; the other operators' PINs are reset by a supervisor in “Operators”.",
  newPinManager: 'Supervisor signing in after the restore',
  newPin: 'New PIN (4–8 digits)',
  noManagerInFile: 'The backup has no active supervisor; it cannot be restored.',
  restoredReload: 'Restore complete: {total} records. Reopening the app…',
  pickListed: 'Choose a backup in the backup folder',
  pickOther: 'Choose a file elsewhere…',
  password: 'Backup password (for encrypted backups)',
  check: 'Check backup',
  preview: 'Backup contents',
  previewCreated: 'Backed up at',
  previewVersion: 'App version / data version',
  previewRange: 'Record dates',
  previewTotal: 'Records',
  previewMigrate: 'This backup is from an older version; its data format is upgraded on restore.',
  mode: 'How to restore',
  modeReplace: 'Replace: the backup replaces all current data',
  modeMerge:
    'Merge: keep the current data; records in the backup overwrite the same records (operators are never added or changed)',
  restore: 'Restore',
  confirmTitle: 'Restore?',
  confirmReplace:
    "The app will then use the backup's data. Once every row checks out, a safety backup of the current data is made before switching; if the check fails, nothing changes.",
  confirmMerge:
    "The backup's records will be merged into the current data (operators unchanged). Once every row checks out, a safety backup is made before switching; if the check fails, nothing changes.",
  restored: 'Restore complete: {total} records',
  managerOnly: 'Only the customer-service manager can restore a backup',
  tables: 'Tables',
  count: 'Rows',
};
