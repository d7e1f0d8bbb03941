/**
 * Seeded randomness for the benchmark dataset: the same seed gives the same estate, byte for
 * byte, so two bench runs (or two machines) measure the same data.
 */

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function makeRandom(seed: number) {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let idCount = 0;
  return {
    next,
    int,
    pick,
    chance: (p: number) => next() < p,
    /** Picks by weight: `weighted([['closed', 9], ['open', 1]])`. */
    weighted<T>(pairs: readonly (readonly [T, number])[]): T {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      return pairs[pairs.length - 1]![0];
    },
    /** A UUID-shaped id that is deterministic for the seed (records keep random-looking ids). */
    id(): string {
      idCount += 1;
      const hex = (n: number) =>
        Math.floor(next() * 16 ** n)
          .toString(16)
          .padStart(n, '0');
      return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(4)}${String(idCount).padStart(8, '0')}`;
    },
    digits: (n: number) => Array.from({ length: n }, () => int(0, 9)).join(''),
  };
}

export type Random = ReturnType<typeof makeRandom>;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华玉兰萍红文辉力斌鹏宇浩凯晨欣怡子轩梓涵一诺雨泽思远佳琪';

export function personName(r: Random): string {
  const given = r.chance(0.6) ? r.pick([...GIVEN]) + r.pick([...GIVEN]) : r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

export function mobile(r: Random): string {
  return r.pick(['138', '139', '135', '186', '158', '177', '150', '189']) + r.digits(8);
}

/** An 18-character ID-card-shaped number (checksum not computed: never validated on load). */
export function idNumber(r: Random): string {
  const year = r.int(1950, 2004);
  const md = `${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
  return `${r.pick(['110105', '310104', '440305', '510107', '330106'])}${year}${md}${r.digits(3)}${r.pick(['1', '2', 'X', '5'])}`;
}

const DAY_MS = 86_400_000;
const OFFICE_OFFSET_MS = 8 * 3_600_000;

/** The five-year window: from the first day of the month `years` before `end`'s month, to `end`. */
export function timeWindow(endMs: number, years: number): { fromMs: number; toMs: number } {
  const end = new Date(endMs + OFFICE_OFFSET_MS);
  const fromUtc =
    Date.UTC(end.getUTCFullYear() - years, end.getUTCMonth() + 1, 1) - OFFICE_OFFSET_MS;
  return { fromMs: fromUtc, toMs: endMs };
}

/**
 * `count` instants spread over the window, ascending, each in office hours (08:00–18:00 China
 * time); later years weigh a little more, as an estate fills up.
 */
export function spreadInstants(r: Random, count: number, fromMs: number, toMs: number): number[] {
  // Today counts too (the desk's lists open on today); a time later than now moves a day back.
  const days = Math.max(1, Math.ceil((toMs - fromMs) / DAY_MS));
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(Math.sqrt(r.next()) * days);
    const at = fromMs + day * DAY_MS + (8 + r.next() * 10) * 3_600_000;
    out.push(at < toMs ? at : Math.max(fromMs, at - DAY_MS));
  }
  return out.sort((a, b) => a - b);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `YYYY-MM` of an instant in office time. */
export function officeMonth(ms: number): string {
  return new Date(ms + OFFICE_OFFSET_MS).toISOString().slice(0, 7);
}
