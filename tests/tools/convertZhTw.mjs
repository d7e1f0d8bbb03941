/**
 * Writes the Traditional Chinese (Taiwan) catalog renderer/src/i18n/zh-TW/<namespace>.json from
 * renderer/src/i18n/zh-CN/<namespace>.ts with OpenCC's data (Simplified → Taiwan standard with
 * Taiwanese phrases: opencc-js `from: 'cn', to: 'twp'`), then the desk's own corrections below.
 *
 *   node tests/tools/convertZhTw.mjs <namespace> [<namespace> …]   # e.g. keys mail
 *   node tests/tools/convertZhTw.mjs --all                          # every zh-CN file
 *
 * Run it once when a namespace is added (or its zh-CN text changed), read the output, fix what
 * a Taiwan office would not write (add the fix to CORRECTIONS so the next run keeps it) and
 * check the file in. The app never converts at run time: what ships is the reviewed file.
 * The zh-CN module is evaluated (spreads of shared/domain labels included), so the output is
 * plain data: one JSON object per namespace holding the module's sections by name. A new
 * namespace is also a row of renderer/src/i18n/translations.ts, which ../index.ts types against
 * the zh-CN shape (a key missing there is a type error).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const i18nDir = resolve(root, 'renderer/src/i18n');

/**
 * OpenCC's `twp` phrases are written for general text; these are the words a Taiwan property
 * office's desk writes differently (reviewed by hand). Applied after OpenCC, in order.
 */
export const CORRECTIONS = [
  // twp carries software-localisation phrases; on a property desk these are everyday words.
  ['型別', '類型'], // 类型 (type, kind), not a programming "type"
  ['專案', '項目'], // 收费项目 / 施工项目 are items, not projects
  ['物件', '對象'], // 通知对象 / 全部对象: whom / what, not an object
  ['裝置', '設備'], // 设备状况: building equipment
  ['許可權', '權限'], // 无此权限
  ['稽核', '審核'], // 审核 is an approval; 稽核 reads as an audit
  ['佇列', '清單'], // 工作队列: the clerk's work list
  ['演示', '示範'], // 演示数据: Taiwan says 示範資料
  ['資料資料夾', '資料夾'], // 数据文件夹 would double up
  ['回收站', '資源回收筒'], // the Windows name in Taiwan
  ['程式碼', '代碼'], // 前台代码: a desk's code letter, not program code (issue 20)
  ['釋出', '發布'], // 发布 a month's summary: published, not a software release (issue 20)
  ['，併為', '，並為'], // 并为 (and … for), not 合併
  ['（只讀，', '（唯讀，'], // (read-only, …): the adjective; 只读 as a verb stays
  // Office usage rather than the standard form.
  ['臺賬', '台帳'],
  ['檯賬', '台帳'],
  ['賬', '帳'], // 帳號, 記帳, 對帳
  ['前臺', '前台'],
  ['這臺', '這台'],
  ['幾臺電腦', '幾台電腦'], // a PC is 台 in office writing (issue 20)
  ['每臺電腦', '每台電腦'],
  ['多臺電腦', '多台電腦'],
  ['一臺電腦', '一台電腦'],
  ['另一臺', '另一台'],
  ['兩臺電腦', '兩台電腦'],
  ['周內', '週內'], // 1 周内: a week
  ['燃氣表', '燃氣錶'], // like 水錶 and 電錶 beside it
  ['籤協議', '簽協議'], // OpenCC takes 签 in 已签协议 as 籤 (label)
  ['籤閱', '簽閱'], // the manager's 签阅 is a signature, not a label
  ['裏', '裡'],
  ['社群', '社區'], // 社区活动: the estate's community, not a social network
  ['周檢查', '週檢查'], // 周检查: the weekly review
  ['的周或月', '的週或月'],
  ['新表起數', '新錶起數'], // like 舊錶止數 beside it
  ['併到', '並到'], // 保存并到下一户: "and", not "merge"
];

function correct(text) {
  let out = text;
  for (const [from, to] of CORRECTIONS) out = out.split(from).join(to);
  return out;
}

const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toTw = (s) => correct(convert(s));

async function convertNamespace(name) {
  const source = resolve(i18nDir, 'zh-CN', `${name}.ts`);
  if (!existsSync(source)) throw new Error(`no zh-CN catalog file ${source}`);
  const { module } = await runnerImport(source, {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
  });
  const sections = Object.entries(module).filter(([, v]) => v !== null && typeof v === 'object');
  const data = JSON.parse(JSON.stringify(Object.fromEntries(sections)), (_key, value) =>
    typeof value === 'string' ? toTw(value) : value,
  );
  const target = resolve(i18nDir, 'zh-TW', `${name}.json`);
  writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${target}`);
}

const args = process.argv.slice(2);
const names =
  args[0] === '--all'
    ? readdirSync(resolve(i18nDir, 'zh-CN'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.slice(0, -3))
    : args;
if (names.length === 0) {
  console.error('usage: node tests/tools/convertZhTw.mjs <namespace> … | --all');
  process.exit(1);
}
for (const name of names) await convertNamespace(name);
