/**
 * This desk's 多台电脑同步 settings (issue 20). They describe this PC, so they never replicate
 * (replication.ts `LOCAL_SETTING_KEYS`); the password is not among them (main seals it).
 *
 * Policy:
 * - No server address = not joined: the desk works alone, the header shows nothing.
 * - The desk code is the one couch:setup made this desk's CouchDB user with (unique in the
 *   estate); desk `A` keeps the unlettered numbers (deskNumbers.ts).
 * - `warnDays`: a desk not synchronised for more than this many days warns in the header
 *   (default 3: a long weekend without the network is normal, a week is not).
 * - `role`: a desk of one estate, or the branch (分公司): a branch install replicates, read-only,
 *   the month summaries of the estates it lists in `branchEstates` (database names separated
 *   by spaces or commas), with its branch account; it has no estate of its own to replicate.
 */
import { z } from 'zod';
import { DESK_SERIES_PATTERN } from '../numbering';

export interface SyncSettings {
  serverUrl: string;
  estate: string;
  deskName: string;
  deskCode: string;
  warnDays: number;
  role: SyncRole;
  branchEstates: string;
}

export type SyncRole = 'desk' | 'branch';

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  serverUrl: '',
  estate: '',
  deskName: '',
  deskCode: 'A',
  warnDays: 3,
  role: 'desk',
  branchEstates: '',
};

const DB_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

/** The estate databases a branch install lists, in order, each once. */
export function branchEstateList(text: string): string[] {
  return [...new Set(text.split(/[\s,，、]+/).filter((v) => v !== ''))];
}

export const syncSettingsSchema = z
  .object({
    serverUrl: z
      .string()
      .trim()
      .max(300, '地址过长')
      .refine((v) => v === '' || /^https?:\/\/[^\s/]+(:\d+)?\/?$/.test(v), {
        message: '请输入服务器地址，如 https://couch.example.cn:6984',
      })
      .default(''),
    estate: z
      .string()
      .trim()
      .refine((v) => v === '' || /^[a-z][a-z0-9_-]{0,62}$/.test(v), {
        message: '小区数据库名：小写字母开头，小写字母、数字、- 或 _',
      })
      .default(''),
    deskName: z.string().trim().max(40, '最多 40 个字').default(''),
    deskCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(DESK_SERIES_PATTERN, '前台代码：大写字母开头，1–3 位字母或数字，如 A、B、C2')
      .default('A'),
    warnDays: z.int('请输入整数天数').min(1, '至少 1 天').max(90, '最多 90 天').default(3),
    role: z.enum(['desk', 'branch']).default('desk'),
    branchEstates: z
      .string()
      .trim()
      .max(2000, '过长')
      .refine((v) => branchEstateList(v).every((name) => DB_NAME.test(name)), {
        message: '小区数据库名：小写字母开头，小写字母、数字、- 或 _，以空格或逗号分开',
      })
      .default(''),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'desk' && v.serverUrl !== '' && v.estate === '')
      ctx.addIssue({ code: 'custom', path: ['estate'], message: '请输入小区数据库名' });
    if (v.role === 'branch' && v.serverUrl !== '' && branchEstateList(v.branchEstates).length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['branchEstates'],
        message: '请输入要汇总的小区数据库名',
      });
  }) satisfies z.ZodType<SyncSettings, unknown>;

export function isJoined(settings: SyncSettings): boolean {
  if (settings.serverUrl === '') return false;
  return settings.role === 'branch'
    ? branchEstateList(settings.branchEstates).length > 0
    : settings.estate !== '';
}
