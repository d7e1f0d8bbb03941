/**
 * What a row of a backup file must be before it is written anywhere (issue 15). Policy: a
 * checksum proves only that a file was not damaged, not that the app wrote it, so every row of
 * every table is parsed with its table's record schema, and the file as a whole must keep the
 * domain's invariants (unique keys and numbers, refunds of valid receipts, references that
 * resolve, at least one active manager). The first failure refuses the whole restore with a
 * Chinese reason naming the table and the row; nothing is switched in.
 *
 * Schemas are loose on purpose: they pin the fields the rules and the sign-in read (roles, PINs,
 * money, states, numbers, keys), and let through fields a register adds later.
 */
import { z } from 'zod';
import { BackupRejectedError } from './backupFormat';
import { CASE_KINDS, CASE_STATUSES } from './complaints';
import { ENQUIRY_STATUSES } from './enquiries';
import { MAIL_STATUSES } from './mail';
import { counterKey, DOC_SERIES, parseDocNo } from './numbering';
import { PAYMENT_METHODS } from './receipt';
import { RENOVATION_STATES } from './renovationFlow';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from './repairs';
import { PARKING_KINDS, PARKING_USES } from './parking';
import { SITE_CHECK_KINDS } from './siteChecks';
import { SURVEY_STATUSES } from './surveys';
import { GENDER_KEYS } from './units';
import { BOOKING_STATUSES } from './venues';
import { VISIT_STATUSES } from './visitors';
import { VISIT_KINDS } from './visitPlan';

/**
 * The Chinese name of each table whose records the audit log names; the audit log's 对象 column
 * (i18n `audit.tables`) shows these too, so both say the same word.
 */
export const TABLE_LABELS = {
  operators: '操作员',
  settings: '系统设置',
  units: '房屋',
  people: '业户',
  counters: '编号',
  meta: '系统',
  receipts: '收据',
  cashups: '交班对账',
  renovations: '装修',
  renovationPatrols: '装修巡查',
  cases: '投诉建议',
  workOrders: '派工单',
  mailItems: '信件报刊',
  visits: '来访',
  moveIns: '入住交房',
  releasePasses: '放行条',
  keys: '钥匙',
  keyLoans: '钥匙借还',
  handovers: '交接班',
  siteChecks: '巡查检查',
  signoffs: '签阅',
  enquiries: '咨询来电',
  monthlyAnalyses: '投诉月度分析',
  surveyRounds: '满意度调查',
  surveyResponses: '调查表',
  revisitEvents: '活动及急救回访',
  revisitReviews: '回访检查',
  bills: '应收账单',
  billPayments: '账单收款',
  meterReadings: '抄表',
  arrearsChases: '催缴记录',
  billArrears: '欠费汇总',
  reviewMonths: '月度统计（已算）',
  venueSpaces: '公共场地',
  venueBookings: '场地使用',
  parkingSpaces: '车位',
  parkingLeases: '车位使用登记',
  // Several desks (issue 20): the sync bookkeeping and the conflicts list.
  syncOutbox: '待同步',
  syncRevs: '同步版本',
  syncState: '同步状态',
  syncConflicts: '同步冲突',
  visitRecords: '拜访记录',
} as const;

/** The Chinese name of each table of a backup, for refusals. */
export const BACKUP_TABLE_LABELS: Record<string, string> = {
  audit: '审计日志',
  ...TABLE_LABELS,
};

const id = z.string().min(1).max(200);
const instant = z.iso.datetime({ offset: true });
const fen = z.number().int().min(0).max(100_000_000_000);
const text = (max: number) => z.string().max(max);

const base = {
  id,
  createdAt: instant,
  updatedAt: instant,
  createdBy: text(200),
  updatedBy: text(200),
  deletedAt: instant.optional(),
  deletedBy: text(200).optional(),
};

const pinHash = z.object({
  algo: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.base64().min(4).max(200),
  hash: z.base64().min(4).max(200),
});

/** The record schema of each table; a table of the database not listed here is refused. */
export const BACKUP_RECORD_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  audit: z.looseObject({
    id,
    at: instant,
    actorId: text(200),
    actorName: text(200),
    action: z.enum([
      'create',
      'update',
      'delete',
      'restore',
      'void',
      'refund',
      'acknowledge',
      'print',
      'export',
      'import',
      'signIn',
      'signOut',
      'signInFailed',
    ]),
    table: text(100),
    recordId: text(500),
  }),
  operators: z.looseObject({
    ...base,
    name: z.string().trim().min(1).max(60),
    role: z.enum(['clerk', 'supervisor', 'manager']),
    pin: pinHash,
    active: z.boolean(),
    failedAttempts: z.number().int().min(0).max(1_000_000),
  }),
  settings: z.looseObject({
    key: z.string().min(1).max(200),
    value: z.unknown(),
    updatedAt: instant,
    updatedBy: text(200),
  }),
  counters: z.looseObject({
    // A series' counter (a desk's own series with its code, issue 20), or the desk's series row.
    key: z
      .string()
      .regex(/^(?:counter:[A-Z]{1,8}:(?:[A-Z][A-Z0-9]{0,2}:)?\d{4}(?:\d{2})?|desk-series)$/),
    next: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    series: z
      .string()
      .regex(/^(?:[A-Z][A-Z0-9]{0,2})?$/)
      .optional(),
  }),
  meta: z.looseObject({ key: z.string().min(1).max(200), value: z.unknown() }),
  units: z.looseObject({
    ...base,
    code: z.string().min(1).max(100),
    terms: z.array(z.string()),
    // Optional, from another suite's room template (issue 18): absent = nobody said.
    hasElevator: z.boolean().optional(),
  }),
  people: z.looseObject({
    ...base,
    unitId: id,
    name: z.string().min(1).max(100),
    terms: z.array(z.string()),
    gender: z.enum(GENDER_KEYS).optional(),
  }),
  receipts: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    requestId: z.string().min(1).max(200),
    kind: z.enum(['receipt', 'refund']),
    status: z.enum(['valid', 'void']),
    issuedAt: instant,
    method: z.enum(PAYMENT_METHODS),
    totalFen: fen,
    lines: z.array(z.looseObject({ amountFen: fen })),
    deductions: z.array(z.looseObject({ amountFen: fen })).optional(),
    refundOf: id.optional(),
    clerkId: text(200),
    voidedAt: instant.optional(),
    itemCodes: z.array(z.string()),
    printCount: z.number().int().min(0),
  }),
  cashups: z.looseObject({
    ...base,
    clerkId: text(200),
    closedAt: instant,
    countedCashFen: fen,
    differenceFen: z.number().int(),
  }),
  renovations: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    state: z.enum(RENOVATION_STATES),
    depositsCollectedFen: fen,
    depositsSettledFen: fen,
    passNos: z.array(z.string().max(40)),
    permitNo: z.string().max(40).optional(),
  }),
  renovationPatrols: z.looseObject({ ...base, jobId: id, at: instant }),
  cases: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    kind: z.enum(CASE_KINDS),
    status: z.enum(CASE_STATUSES),
  }),
  workOrders: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    kind: z.enum(WORK_ORDER_KINDS),
    status: z.enum(WORK_ORDER_STATUSES),
    chargeFen: fen.optional(),
  }),
  mailItems: z.looseObject({ ...base, status: z.enum(MAIL_STATUSES) }),
  visits: z.looseObject({ ...base, status: z.enum(VISIT_STATUSES) }),
  moveIns: z.looseObject({ ...base, unitId: id, status: z.enum(['open', 'completed']) }),
  releasePasses: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    status: z.enum(['issued', 'checkedOut', 'refused', 'void']),
  }),
  keys: z.looseObject({ ...base, label: z.string().min(1).max(100) }),
  keyLoans: z.looseObject({ ...base, keyId: id }),
  handovers: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    status: z.enum(['open', 'closed']),
  }),
  siteChecks: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    kind: z.enum(SITE_CHECK_KINDS),
    at: instant,
  }),
  signoffs: z.looseObject({ ...base, subject: z.string().min(1).max(300), signedAt: instant }),
  enquiries: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    status: z.enum(ENQUIRY_STATUSES),
    ownerId: id,
  }),
  monthlyAnalyses: z.looseObject({ ...base, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  surveyRounds: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    status: z.enum(SURVEY_STATUSES),
    questions: z.array(
      z.looseObject({ no: z.number().int().min(1), kind: z.enum(['rating', 'text']) }),
    ),
  }),
  surveyResponses: z.looseObject({
    ...base,
    roundId: id,
    seq: z.number().int().min(1),
    issues: z
      .array(z.looseObject({ questionNo: z.number().int().min(1), enquiryId: id }))
      .optional(),
  }),
  visitRecords: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    kind: z.enum(VISIT_KINDS),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    visitorId: id,
    issues: z.array(z.looseObject({ key: z.string().min(1).max(60), text: text(200) })),
  }),
  revisitEvents: z.looseObject({
    ...base,
    kind: z.enum(['communityEvent', 'emergencyAid']),
    status: z.enum(['open', 'done']),
    sample: z.array(z.string().max(200)),
  }),
  revisitReviews: z.looseObject({
    ...base,
    kind: z.enum(['weekly', 'monthly']),
    period: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    reviewerId: id,
  }),
  bills: z.looseObject({
    ...base,
    key: z.string().min(1).max(300),
    unitId: id,
    period: z.string().regex(/^\d{4}(?:-(?:\d{2}|Q[1-4]))?$/),
    dueMonth: z.string().regex(/^\d{4}-\d{2}$/),
    amountFen: fen,
    baseFen: fen,
    paidFen: fen,
    status: z.enum(['open', 'paid', 'waived']),
  }),
  billPayments: z.looseObject({
    ...base,
    kind: z.enum(['bill', 'prepay', 'credit']),
    unitId: id,
    amountFen: fen,
    at: instant,
  }),
  meterReadings: z.looseObject({
    ...base,
    key: z.string().min(1).max(300),
    unitId: id,
    meter: z.enum(['water', 'power']),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    value: z.number().int().min(0),
    consumption: z.number().int().min(0),
  }),
  arrearsChases: z.looseObject({
    ...base,
    unitId: id,
    kind: z.enum(['phone', 'notice', 'visit', 'promise']),
    at: instant,
  }),
  // Derived on each desk from its bills (issue 21): a file's rows are checked but not written
  // (the restore derives them again from the bills it writes).
  billArrears: z.looseObject({ unitId: id, due: z.record(z.string(), z.unknown()) }),
  // The review's stored months (issue 21), derived the same way: checked, never written back.
  reviewMonths: z.looseObject({ month: z.string().regex(/^\d{4}-\d{2}$/), v: z.number().int() }),
  // Public-space bookings (issue 19): a booking's fee and deposit are whole fen like a receipt's.
  venueSpaces: z.looseObject({
    ...base,
    name: z.string().min(1).max(30),
    capacity: z.number().int().min(1),
    weekly: z.array(z.looseObject({ open: z.boolean() })).length(7),
    feeFen: fen,
    depositFen: fen,
  }),
  venueBookings: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    spaceId: id,
    date: z.iso.date(),
    from: z.string().regex(/^\d{2}:\d{2}$/),
    to: z.string().regex(/^\d{2}:\d{2}$/),
    status: z.enum(BOOKING_STATUSES),
    feeFen: fen,
    depositFen: fen,
  }),
  parkingSpaces: z.looseObject({
    ...base,
    no: z.string().min(1).max(20),
    kind: z.enum(PARKING_KINDS),
  }),
  parkingLeases: z.looseObject({
    ...base,
    no: z.string().min(1).max(40),
    spaceId: id,
    unitId: id,
    use: z.enum(PARKING_USES),
    startDate: z.iso.date(),
    endDate: z.union([z.literal(''), z.iso.date()]),
    plates: z.array(z.string().min(1).max(20)).max(10),
    monthlyFeeFen: fen,
  }),
  // Several desks (issue 20). A restore keeps them, so the desk resumes replication where the
  // backup left it (re-applying is by revision, so nothing doubles).
  syncOutbox: z.looseObject({
    key: z.string().min(1).max(400),
    table: z.string().min(1).max(100),
    pk: z.string().min(1).max(300),
    token: z.string().min(1).max(100),
  }),
  syncRevs: z.looseObject({ key: z.string().min(1).max(400), rev: z.string().min(1).max(200) }),
  syncState: z.looseObject({ key: z.string().min(1).max(200), value: z.unknown() }),
  syncConflicts: z.looseObject({
    ...base,
    id: z.string().min(1).max(600),
    table: z.string().min(1).max(100),
    recordId: z.string().min(1).max(300),
    field: z.string().min(1).max(200),
    at: instant,
    status: z.enum(['open', 'confirmed', 'swapped']),
  }),
};

/** `收据（receipts）第 12 行（id r-1）`: how a refusal names a row. */
export function rowLabel(table: string, index: number, key?: unknown): string {
  const name = BACKUP_TABLE_LABELS[table] ?? table;
  const keyText = typeof key === 'string' || typeof key === 'number' ? `，${String(key)}` : '';
  return `${name}（${table}）第 ${index + 1} 行${keyText ? `（${keyText.slice(1)}）` : ''}`;
}

/** A refusal that names the table and row; nothing was changed. */
export function rowRefused(table: string, index: number, key: unknown, why: string) {
  return new BackupRejectedError(
    'invalid',
    `备份中的数据不符合规则：${rowLabel(table, index, key)}${why}。未做任何更改。`,
  );
}

const FIELD_NAMES: Record<string, string> = {
  role: '角色',
  pin: 'PIN',
  totalFen: '金额',
  amountFen: '金额',
  status: '状态',
  state: '状态',
  kind: '类型',
  no: '编号',
  next: '下一个编号',
  id: 'id',
  key: '键',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).find((p) => FIELD_NAMES[p] !== undefined);
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '';
  const label = field ? FIELD_NAMES[field] : where;
  return label ? `字段“${label}”${where && label !== where ? `（${where}）` : ''}无效` : '格式无效';
}

const KEYED_BY_KEY = new Set([
  'settings',
  'counters',
  'meta',
  'syncOutbox',
  'syncRevs',
  'syncState',
]);

function primaryKeyOf(table: string, row: Record<string, unknown>): unknown {
  return KEYED_BY_KEY.has(table) ? row['key'] : row['id'];
}

/**
 * Parses one row with its table's schema. Returns the row as it was (loose schemas keep every
 * field); throws a refusal naming the row. A `__proto__`-like key anywhere is refused too.
 */
export function parseBackupRow(
  table: string,
  row: unknown,
  index: number,
): Record<string, unknown> {
  const schema = Object.hasOwn(BACKUP_RECORD_SCHEMAS, table)
    ? BACKUP_RECORD_SCHEMAS[table]
    : undefined;
  if (schema === undefined) {
    throw new BackupRejectedError(
      'foreign',
      `备份含有本系统不认识的数据表（${table}），未做任何更改。`,
    );
  }
  const key =
    typeof row === 'object' && row !== null
      ? primaryKeyOf(table, row as Record<string, unknown>)
      : undefined;
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw rowRefused(table, index, key, describeIssue(parsed.error.issues[0]!));
  }
  if (hasPrototypeKey(row)) throw rowRefused(table, index, key, '含有不允许的字段名');
  return row as Record<string, unknown>;
}

function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  for (const k of Object.keys(value)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') return true;
    if (hasPrototypeKey((value as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

/** Tables whose rows carry a document number of one series in `no`. */
const NUMBER_FIELDS: Record<string, readonly string[]> = {
  receipts: ['no'],
  renovations: ['no', 'permitNo', 'passNos'],
  cases: ['no'],
  workOrders: ['no'],
  releasePasses: ['no'],
  handovers: ['no'],
  siteChecks: ['no'],
  enquiries: ['no'],
  surveyRounds: ['no'],
  venueBookings: ['no'],
  parkingLeases: ['no'],
  visitRecords: ['no'],
};

interface ReceiptFacts {
  index: number;
  kind: string;
  status: string;
  totalFen: number;
}

/**
 * Checks the invariants that span rows, fed every row of the database that will be switched
 * in (table by table, any order), then `finish()`. Also works out the counters: each series'
 * `next` must be above the highest number stored, or the next issue would collide.
 */
export function createInvariantChecker(uniqueFields: Record<string, readonly string[]>) {
  const seen = new Map<string, Map<string, number>>();
  const receipts = new Map<string, ReceiptFacts>();
  const refunds: { index: number; id: string; refundOf: string | undefined; totalFen: number }[] =
    [];
  const references: { table: string; index: number; key: unknown; to: string; ref: string }[] = [];
  const ids = new Map<string, Set<string>>();
  const highest = new Map<string, number>();
  let activeManagers = 0;

  function unique(table: string, field: string, value: unknown, index: number, key: unknown) {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const slot = `${table}.${field}`;
    let values = seen.get(slot);
    if (!values) seen.set(slot, (values = new Map()));
    const v = String(value);
    if (values.has(v)) {
      throw rowRefused(table, index, key, `与第 ${values.get(v)! + 1} 行的“${field}”重复（${v}）`);
    }
    values.set(v, index);
  }

  function number(table: string, value: string, index: number, key: unknown) {
    const parsed = parseDocNo(value);
    if (parsed === null) throw rowRefused(table, index, key, `编号“${value}”无效`);
    const k = counterKey(DOC_SERIES[parsed.series], parsed.period, parsed.desk);
    highest.set(k, Math.max(highest.get(k) ?? 0, parsed.seq));
    return parsed;
  }

  return {
    /** One row, already parsed with `parseBackupRow`; `index` is its place in its table. */
    add(table: string, row: Record<string, unknown>, index: number): void {
      const key = primaryKeyOf(table, row);
      unique(table, ':key', key, index, key);
      for (const field of uniqueFields[table] ?? []) unique(table, field, row[field], index, key);
      if (typeof row['id'] === 'string') {
        let set = ids.get(table);
        if (!set) ids.set(table, (set = new Set()));
        set.add(row['id']);
      }
      for (const field of NUMBER_FIELDS[table] ?? []) {
        const value = row[field];
        for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
          if (typeof v === 'string') number(table, v, index, key);
        }
      }
      if (table === 'receipts') {
        const kind = row['kind'] as string;
        const no = number(table, row['no'] as string, index, key);
        if (no.series !== kind) throw rowRefused(table, index, key, `编号与单据类型不符`);
        const lines = (row['lines'] as { amountFen: number }[]) ?? [];
        const sum = lines.reduce((a, l) => a + l.amountFen, 0);
        if (kind === 'receipt' && sum !== row['totalFen']) {
          throw rowRefused(table, index, key, '金额与明细合计不符');
        }
        if (row['status'] === 'void' && typeof row['voidedAt'] !== 'string') {
          throw rowRefused(table, index, key, '已作废却没有作废时间');
        }
        receipts.set(row['id'] as string, {
          index,
          kind,
          status: row['status'] as string,
          totalFen: row['totalFen'] as number,
        });
        if (kind === 'refund') {
          refunds.push({
            index,
            id: row['id'] as string,
            refundOf: row['refundOf'] as string | undefined,
            totalFen: row['totalFen'] as number,
          });
        } else if (row['refundOf'] !== undefined) {
          throw rowRefused(table, index, key, '收据不能指向原收据');
        }
      }
      if (table === 'operators' && row['role'] === 'manager' && row['active'] === true) {
        activeManagers++;
      }
      if (table === 'people') {
        references.push({ table, index, key, to: 'units', ref: row['unitId'] as string });
      }
      if (table === 'keyLoans') {
        references.push({ table, index, key, to: 'keys', ref: row['keyId'] as string });
      }
      if (table === 'renovationPatrols') {
        references.push({ table, index, key, to: 'renovations', ref: row['jobId'] as string });
      }
      if (table === 'parkingLeases') {
        references.push({ table, index, key, to: 'parkingSpaces', ref: row['spaceId'] as string });
        references.push({ table, index, key, to: 'units', ref: row['unitId'] as string });
      }
    },
    /**
     * The cross-row checks, once every row was added. `requireManager`: a replace restore must
     * leave someone who can manage the desk. Returns the counters' minimum `next` per key.
     */
    finish(options: { requireManager: boolean }): Map<string, number> {
      for (const r of refunds) {
        const original = r.refundOf === undefined ? undefined : receipts.get(r.refundOf);
        const own = receipts.get(r.id);
        if (own?.status !== 'valid') continue;
        if (!original || original.kind !== 'receipt') {
          throw rowRefused('receipts', r.index, r.id, '退款凭证找不到对应的原收据');
        }
        if (original.status !== 'valid') {
          throw rowRefused('receipts', r.index, r.id, '退款凭证对应的原收据已作废');
        }
        if (r.totalFen > original.totalFen) {
          throw rowRefused('receipts', r.index, r.id, '退款金额超过原收据金额');
        }
      }
      for (const ref of references) {
        if (!ids.get(ref.to)?.has(ref.ref)) {
          throw rowRefused(
            ref.table,
            ref.index,
            ref.key,
            `指向不存在的${BACKUP_TABLE_LABELS[ref.to] ?? ref.to}（${ref.ref}）`,
          );
        }
      }
      if (options.requireManager && activeManagers === 0) {
        throw new BackupRejectedError(
          'invalid',
          '备份中的数据不符合规则：操作员（operators）中没有在职的主管，恢复后将无人能管理本机。未做任何更改。',
        );
      }
      return new Map([...highest].map(([k, seq]) => [k, seq + 1]));
    },
  };
}

/** A counter's `next` raised to be above every number stored (never lowered). */
export function reconcileCounter(next: number | undefined, minimum: number): number {
  return Math.max(next ?? 1, minimum);
}
