/**
 * The backup password's rule (issue 15): at least 10 characters, typed twice. Main checks the
 * length again (shared/ipc.ts) and seals the password with the system's store.
 */
export const MIN_BACKUP_PASSWORD_LENGTH = 10;

/**
 * A Chinese message for the field, or null when the pair is fine. An empty password is fine
 * only where setting one is optional (`optional`): backups are then not encrypted.
 */
export function checkBackupPassword(
  password: string,
  confirm: string,
  optional: boolean,
): string | null {
  if (password === '' && confirm === '') return optional ? null : '请输入备份密码';
  if ([...password].length < MIN_BACKUP_PASSWORD_LENGTH) {
    return `备份密码至少 ${MIN_BACKUP_PASSWORD_LENGTH} 位`;
  }
  if (password !== confirm) return '两次输入的备份密码不一致';
  return null;
}
