/**
 * The columns of the roster import template (业户名册模板) and the guess of which column of an
 * estate's own spreadsheet is which: exact template headers or known aliases first, then
 * headers containing one (longest first, so `身份证号码` is the ID number, not `身份`).
 */
import type { CellKind } from './rosterCells';
import type { UnitType } from './billingSettings';
import type {
  CustomerGrade,
  ElevatorAnswer,
  Gender,
  IdType,
  PersonKind,
  UnitStatus,
} from './units';

export type RosterField =
  | 'building'
  | 'entrance'
  | 'room'
  | 'name'
  | 'kind'
  | 'phone'
  | 'idType'
  | 'idNumber'
  | 'moveInDate'
  | 'plates'
  | 'notes'
  | 'grade'
  | 'contactPerson'
  // What billing needs of the unit (issue 18): read for units the import creates.
  | 'floor'
  | 'builtArea'
  | 'innerArea'
  | 'unitType'
  | 'unitStatus'
  // Another suite's room template carries these (issue 18): the unit's lift, the person's sex.
  | 'hasElevator'
  | 'gender';

/** One column of the import template. */
export interface RosterColumn {
  field: RosterField;
  /** Header text in the template. */
  header: string;
  required: boolean;
  /** Other headers found in estates' own rosters. */
  aliases: readonly string[];
  cell: CellKind;
}

/** The template's columns, in order (the template file is generated from this list). */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  {
    field: 'building',
    header: '楼栋',
    required: true,
    aliases: ['楼号', '栋号', '楼栋号', '幢号', '座', '栋', '幢'],
    cell: 'digits',
  },
  { field: 'entrance', header: '单元', required: false, aliases: ['单元号'], cell: 'digits' },
  {
    field: 'room',
    header: '房号',
    required: true,
    aliases: ['房间号', '房屋编号', '门牌号', '室号', '房间'],
    cell: 'digits',
  },
  {
    field: 'name',
    header: '姓名',
    required: true,
    aliases: ['业主姓名', '客户姓名', '住户姓名', '名称', '业主名称', '业主'],
    cell: 'text',
  },
  {
    field: 'kind',
    header: '身份',
    required: false,
    // Not `类型` alone nor `业主类型`: another system's owner-type codes are no 身份 (issue 18).
    aliases: ['人员类型', '客户类型', '住户类型', '人员身份', '住户身份', '关系', '与业主关系'],
    cell: 'text',
  },
  {
    field: 'phone',
    header: '电话',
    required: false,
    aliases: ['联系电话', '手机', '手机号', '手机号码', '电话号码', '联系方式', '座机', '固定电话'],
    cell: 'digits',
  },
  { field: 'idType', header: '证件类型', required: false, aliases: [], cell: 'text' },
  {
    field: 'idNumber',
    header: '证件号码',
    required: false,
    aliases: ['证件号', '身份证号', '身份证号码', '身份证'],
    cell: 'digits',
  },
  {
    field: 'moveInDate',
    header: '入住日期',
    required: false,
    aliases: ['入住时间', '交房日期', '收房日期'],
    cell: 'date',
  },
  {
    field: 'plates',
    header: '车牌',
    required: false,
    aliases: ['车牌号', '车牌号码'],
    cell: 'text',
  },
  { field: 'notes', header: '备注', required: false, aliases: ['说明'], cell: 'text' },
  {
    field: 'grade',
    header: '客户等级',
    required: false,
    aliases: ['等级', '客户级别'],
    cell: 'text',
  },
  {
    field: 'contactPerson',
    header: '联系人',
    required: false,
    aliases: ['单位联系人'],
    cell: 'text',
  },
  { field: 'floor', header: '楼层', required: false, aliases: ['所在楼层'], cell: 'digits' },
  {
    field: 'builtArea',
    header: '建筑面积',
    required: false,
    aliases: ['面积', '产权面积', '建筑面积(㎡)', '建筑面积（㎡）'],
    cell: 'text',
  },
  {
    field: 'innerArea',
    header: '室内面积',
    required: false,
    aliases: ['套内面积', '使用面积', '室内面积(㎡)', '室内面积（㎡）'],
    cell: 'text',
  },
  {
    field: 'unitType',
    header: '房屋类型',
    required: false,
    aliases: ['房屋用途', '物业类型'],
    cell: 'text',
  },
  {
    field: 'unitStatus',
    header: '房屋状态',
    required: false,
    aliases: ['房屋使用状态'],
    cell: 'text',
  },
  {
    field: 'hasElevator',
    header: '是否有电梯',
    required: false,
    aliases: ['有无电梯', '电梯'],
    cell: 'text',
  },
  { field: 'gender', header: '性别', required: false, aliases: [], cell: 'text' },
];

/** Fields about the person, never guessed from a header about the unit (`房屋类型` is no 身份). */
const PERSON_FIELDS: ReadonlySet<RosterField> = new Set([
  'name',
  'kind',
  'phone',
  'idType',
  'idNumber',
  'moveInDate',
  'plates',
  'grade',
  'contactPerson',
  'gender',
]);
const UNIT_WORDS = /房屋|房间|楼|单元|面积|户型|电梯/;
/**
 * What may stand around a known name in a header that still names it: whose (`业主手机`),
 * number words (`证件号码`), a unit or note in brackets, a running number (`电话2`).
 */
const NEUTRAL_AROUND =
  /^(?:业主|住户|客户|户主|租户|联系|所在|所属|的|号|号码|编号|名称|[(（][^)）]*[)）]|\d|[一二三])*$/;

/** Field → header text in the file being imported. */
export type RosterMapping = Partial<Record<RosterField, string>>;

function foldHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/\s+|\*|[(（]必填[)）]|[:：]$/g, '')
    .toLowerCase();
}

/**
 * Guesses the mapping from a file's headers: exact template headers or aliases first, then
 * headers containing one of at least two characters (longest first, so `身份证号码` is the ID
 * number, not `身份`, and `座机` is not a building) with only neutral words around it
 * (`业主手机`, `建筑面积(平方米)`): a header is guessed only for what it really names, so
 * `业主类型` is not the name nor the 身份, and `房屋类型` never a person's field. Each header is
 * used once; what is not guessed the clerk maps or leaves out.
 */
export function guessColumnMapping(headers: readonly string[]): RosterMapping {
  const mapping: RosterMapping = {};
  const claimed = new Set<string>();
  const folded = headers.map((h) => ({ header: h, key: foldHeader(h) }));
  const claim = (field: RosterField, header: string) => {
    mapping[field] = header;
    claimed.add(header);
  };
  for (const col of ROSTER_COLUMNS) {
    const names = [col.header, ...col.aliases].map(foldHeader);
    const hit = folded.find((h) => !claimed.has(h.header) && names.includes(h.key));
    if (hit) claim(col.field, hit.header);
  }
  const pairs = ROSTER_COLUMNS.flatMap((col) =>
    [col.header, ...col.aliases].map((name) => ({ field: col.field, name: foldHeader(name) })),
  )
    .filter((p) => p.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  for (const { field, name } of pairs) {
    if (mapping[field] !== undefined) continue;
    const hit = folded.find(
      (h) =>
        !claimed.has(h.header) &&
        h.key.includes(name) &&
        NEUTRAL_AROUND.test(h.key.replace(name, '')) &&
        !(PERSON_FIELDS.has(field) && UNIT_WORDS.test(h.key)),
    );
    if (hit) claim(field, hit.header);
  }
  return mapping;
}

/** Words of the 身份 column. */
export const KIND_WORDS: Record<string, PersonKind> = {
  业主: 'owner',
  产权人: 'owner',
  租户: 'tenant',
  租客: 'tenant',
  承租人: 'tenant',
  家属: 'family',
  家庭成员: 'family',
  同住人: 'family',
  单位: 'company',
  公司: 'company',
  企业: 'company',
};
/** Words of the 证件类型 column. */
export const ID_TYPE_WORDS: Record<string, IdType> = {
  身份证: 'idCard',
  居民身份证: 'idCard',
  护照: 'passport',
  港澳通行证: 'hkMacauPermit',
  回乡证: 'hkMacauPermit',
  港澳居民来往内地通行证: 'hkMacauPermit',
  营业执照: 'businessLicense',
  统一社会信用代码: 'businessLicense',
  其他: 'other',
};
/** Words of the 客户等级 column (matched lower-cased). */
export const GRADE_WORDS: Record<string, CustomerGrade> = {
  普通: 'normal',
  大客户: 'major',
  vip: 'vip',
  重点: 'vip',
};
/** Words of the 房屋类型 column. */
export const UNIT_TYPE_WORDS: Record<string, UnitType> = {
  住宅: 'residential',
  普通住宅: 'residential',
  公寓: 'residential',
  商铺: 'commercial',
  商业: 'commercial',
  底商: 'commercial',
  写字楼: 'office',
  办公: 'office',
  别墅: 'villa',
  其他: 'other',
};
/** Words of the 房屋状态 column. */
export const UNIT_STATUS_WORDS: Record<string, UnitStatus> = {
  空置: 'vacant',
  未售: 'vacant',
  未入住: 'vacant',
  已入住: 'occupied',
  入住: 'occupied',
  自住: 'occupied',
  出租: 'occupied',
  装修中: 'renovating',
  装修: 'renovating',
  托管: 'custody',
};
/** Words of the 是否有电梯 column. */
export const ELEVATOR_WORDS: Record<string, ElevatorAnswer> = {
  有: 'yes',
  是: 'yes',
  有电梯: 'yes',
  无: 'no',
  否: 'no',
  没有: 'no',
  无电梯: 'no',
};
/** Words of the 性别 column (matched lower-cased). */
export const GENDER_WORDS: Record<string, Gender> = {
  男: 'male',
  男性: 'male',
  女: 'female',
  女性: 'female',
  male: 'male',
  female: 'female',
};
/** Separators between several phones or plates in one cell (not spaces: `0755 1234 5678`). */
export const LIST_SEPARATORS = /[,，;；、/\n]+/;
