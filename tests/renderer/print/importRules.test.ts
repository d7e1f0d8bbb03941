/**
 * The print layering in .config/eslint.config.mjs, linted on made-up files: the engine imports
 * no feature; a register's template is a pure builder (no React, Dexie, host, app or another
 * register's code) that may use the engine, i18n, shared/ and record types.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: resolve(root, '.config/eslint.config.mjs'),
});

/** The import specifiers no-restricted-imports reports in `code` linted as `file`. */
async function restricted(file: string, imports: string[]): Promise<string[]> {
  const code = imports
    .map((spec, i) => `import * as m${i} from '${spec}';\nvoid m${i};\n`)
    .join('');
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => imports[Math.floor((m.line - 1) / 2)] ?? '?');
}

const TEMPLATE = 'renderer/src/features/money/print/probeTemplate.ts';

describe('print import rules', () => {
  it('the engine imports no feature', async () => {
    expect(
      await restricted('renderer/src/print/PrintPreview.tsx', [
        '../features/settings/useSettings',
        '../app/useSetting',
        '../host/hostApi',
        './printDocument',
      ]),
    ).toEqual(['../features/settings/useSettings']);
  });

  it("the engine's builders are pure as templates are", async () => {
    expect(
      await restricted('renderer/src/print/probePart.ts', [
        'react',
        'dexie',
        '../host/hostApi',
        './html',
      ]),
    ).toEqual(['react', 'dexie', '../host/hostApi']);
  });

  it('a template imports no React, Dexie, host, app, components or repositories', async () => {
    const banned = [
      'react',
      'antd',
      'dexie',
      'dexie-react-hooks',
      '../../../host/hostApi',
      '../../../app/ReposContext',
      '../../../components/FormModal',
      '../../../db/repositories',
      '../../../db/database',
    ];
    expect(await restricted(TEMPLATE, banned)).toEqual(banned);
  });

  it("a template imports no other register's code", async () => {
    expect(
      await restricted(TEMPLATE, [
        '../../repairs/print/workOrderTemplate',
        '../../repairs/WorkOrderForm',
      ]),
    ).toEqual(['../../repairs/print/workOrderTemplate', '../../repairs/WorkOrderForm']);
  });

  it('a template may use the engine, i18n, shared/, record types and its own register', async () => {
    expect(
      await restricted(TEMPLATE, [
        '../../../print/html',
        '../../../print/printPage',
        '../../../i18n',
        '../../../db/records',
        '@shared/domain/money',
        './moneySheet',
        '../format',
        'qrcode',
      ]),
    ).toEqual([]);
  });

  it('Electron and Node stay out of print code as out of all renderer code', async () => {
    expect(await restricted(TEMPLATE, ['electron', 'node:fs'])).toEqual(['electron', 'node:fs']);
    expect(await restricted('renderer/src/print/PrintPreview.tsx', ['electron'])).toEqual([
      'electron',
    ]);
  });
});
