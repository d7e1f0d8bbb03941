import { type BenchRun, bench, log, repeat } from '../benchPage';
import { topSelfTime } from '../cpuProfile';
import { figure, type Figure } from '../stats';

/**
 * Full backup and restore beside a raw read of all tables. Run last, as a full backup of this
 * estate may take the page down (see the README).
 */
export async function measureBackup({ context, page, quick, facts }: BenchRun): Promise<Figure[]> {
  const figures: Figure[] = [];
  const raw = await repeat(quick ? 1 : 2, () => bench(page, (b) => b.rawExport()));
  log(`raw read of all tables ${raw.map((r) => r.toFixed(0)).join(', ')} ms`);
  const backupFigure = {
    what: 'backup',
    app: 'full backup (app export)',
    baseline: 'raw read of all tables',
    target: '≤ 30 s',
  };
  const restoreFigure = {
    what: 'restore',
    app: 'full restore (replace)',
    baseline: 'raw read of all tables',
    target: '≤ 30 s',
  };
  try {
    const backup = await bench(page, (b) => b.backup());
    facts['backup'] = backup;
    figures.push(figure(backupFigure, [backup.ms], raw, (m) => m <= 30_000));
    log(`backup ${backup.ms.toFixed(0)} ms, ${backup.bytes} bytes`);
    // Profiled (issue 21): where the restore's time goes, with the checking pass apart.
    let restore = { ms: Number.NaN, checkMs: 0, phases: {} as Record<string, number> };
    facts['restoreCpuTop'] = await topSelfTime(
      context,
      page,
      async () => (restore = await bench(page, (b) => b.restoreLast())),
      30,
      'restore',
    );
    facts['restore'] = restore;
    figures.push(figure(restoreFigure, [restore.ms], raw, (m) => m <= 30_000));
    log(
      `restore ${restore.ms.toFixed(0)} ms (check pass ${restore.checkMs.toFixed(0)} ms) ${JSON.stringify(restore.phases)}`,
    );
    // Then as before issue 21's change (the rows loaded with strict durability), in the same
    // run. Second, so it pays for the first restore's data and deletion in the browser's store
    // (the app's figure is first, where earlier runs measured it).
    let strict = { ms: Number.NaN, checkMs: 0, phases: {} as Record<string, number> };
    facts['restoreStrictCpuTop'] = await topSelfTime(
      context,
      page,
      async () => (strict = await bench(page, (b) => b.restoreLast('strict'))),
      30,
      'restore-strict',
    );
    facts['restoreStrictLoad'] = strict;
    log(`restore, rows loaded strictly ${strict.ms.toFixed(0)} ms ${JSON.stringify(strict.phases)}`);
    // Each step of the restore alone (read, SHA-256, JSON, schemas, writes with/without
    // indexes); BENCH_RESTORE_PROBE=0 leaves it out (it writes the estate five times).
    if (process.env['BENCH_RESTORE_PROBE'] !== '0') {
      facts['restoreProbe'] = await bench(page, (b) => b.restoreProbe());
      log(`restore steps ${JSON.stringify(facts['restoreProbe'])}`);
    }
  } catch (err) {
    const note = `failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    log(`backup/restore ${note}`);
    for (const f of [backupFigure, restoreFigure]) {
      if (figures.some((g) => g.what === f.what)) continue;
      figures.push({
        ...figure(f, [Number.NaN], raw, () => false),
        appMedian: null,
        appP95: null,
        ratio: null,
        note,
      });
    }
  }
  return figures;
}
