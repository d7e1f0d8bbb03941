import { describe, expect, it } from 'vitest';
import { checkBackupPassword } from '@shared/domain/backupPassword';

describe('the backup password rule', () => {
  it('needs 10 characters typed twice; empty only where optional', () => {
    expect(checkBackupPassword('', '', true)).toBeNull();
    expect(checkBackupPassword('', '', false)).toBe('请输入备份密码');
    expect(checkBackupPassword('123456', '123456', true)).toBe('备份密码至少 10 位');
    expect(checkBackupPassword('台账密码前台一二三四', '台账密码前台一二三四', true)).toBeNull();
    expect(checkBackupPassword('correct-horse', 'correct-hors', true)).toBe(
      '两次输入的备份密码不一致',
    );
  });
});
