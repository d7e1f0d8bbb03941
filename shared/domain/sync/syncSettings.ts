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
 */
import { z } from 'zod';
import { DESK_SERIES_PATTERN } from '../numbering';

export interface SyncSettings {
  serverUrl: string;
  estate: string;
  deskName: string;
  deskCode: string;
  warnDays: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  serverUrl: '',
  estate: '',
  deskName: '',
  deskCode: 'A',
  warnDays: 3,
};

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
  })
  .superRefine((v, ctx) => {
    if (v.serverUrl !== '' && v.estate === '')
      ctx.addIssue({ code: 'custom', path: ['estate'], message: '请输入小区数据库名' });
  }) satisfies z.ZodType<SyncSettings, unknown>;

export function isJoined(settings: SyncSettings): boolean {
  return settings.serverUrl !== '' && settings.estate !== '';
}
