import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Runs `fn` under the V8 sampling profiler; returns the top functions by self time (ms). */
export async function topSelfTime(
  context: BrowserContext,
  page: Page,
  fn: () => Promise<unknown>,
  top = 15,
  label = 'profile',
): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  };
  await cdp.detach();
  // BENCH_PROFILES=1 keeps the whole profile (open it in DevTools) beside the results JSON.
  if (process.env['BENCH_PROFILES'] === '1') {
    const dir = resolve(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${label}.cpuprofile`;
    writeFileSync(resolve(dir, name), JSON.stringify(profile));
  }
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (n.hitCount ?? 0) * msPerSample);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(1)} ms ${name}`);
}
