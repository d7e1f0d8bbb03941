import { App } from 'antd';
import { useCallback } from 'react';
import { useRepos } from '../app/ReposContext';
import { useSession } from '../app/SessionContext';
import { t } from '../i18n';
import { saveSheet, type SheetColumn } from './exportSheet';
import { messageOf } from '../i18n/domainText';

export interface RegisterExport<T> {
  /** The table the rows come from, as the audit names it. */
  table: string;
  fileName: string;
  sheetName: string;
  columns: readonly SheetColumn<T>[];
  rows: readonly T[];
  /** The success message, once the file is written. */
  done: string;
  /** What the audit entry points at (default: the whole register). */
  auditId?: string;
}

/**
 * Exports a register as a one-sheet workbook where the clerk chooses, and audits the export
 * (issue 8: the audit shows who exported what); a cancelled save writes nothing.
 */
export function useRegisterExport() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  return useCallback(
    async <T>(spec: RegisterExport<T>): Promise<void> => {
      try {
        if (!(await saveSheet(spec.fileName, spec.sheetName, spec.columns, spec.rows))) return;
        await repos.audit.note(
          actor,
          'export',
          spec.table,
          spec.auditId ?? 'register',
          `${spec.fileName}（${spec.rows.length}）`,
        );
        void message.success(spec.done);
      } catch (err) {
        void message.error(
          t('common.unexpectedError', {
            message: messageOf(err),
          }),
        );
      }
    },
    [repos, actor, message],
  );
}

/**
 * A register's 导出 button: the listed rows as a sheet (`sheet(rows)` says which), disabled while
 * nothing is listed.
 */
export function useExportButton<T>(
  label: string,
  rows: readonly T[] | undefined,
  sheet: (rows: readonly T[]) => Omit<RegisterExport<T>, 'rows'>,
  testId?: string,
) {
  const exportRegister = useRegisterExport();
  return {
    label,
    testId,
    disabled: !rows?.length,
    onClick: () => {
      const list = rows ?? [];
      void exportRegister({ ...sheet(list), rows: list });
    },
  };
}
