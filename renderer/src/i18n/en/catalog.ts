/**
 * The English (written by hand) catalog: one JSON data file per namespace, each holding that
 * namespace's sections under the same names as the zh-CN module. ../index.ts types the whole
 * against zh-CN's shape; tests/renderer/i18n/catalogs.test.ts checks keys and placeholders.
 */
import archive from './archive.json';
import audit from './audit.json';
import backup from './backup.json';
import common from './common.json';
import complaints from './complaints.json';
import domain from './domain.json';
import enquiries from './enquiries.json';
import fees from './fees.json';
import handover from './handover.json';
import home from './home.json';
import keys from './keys.json';
import mail from './mail.json';
import money from './money.json';
import movein from './movein.json';
import operators from './operators.json';
import parking from './parking.json';
import patrols from './patrols.json';
import print from './print.json';
import release from './release.json';
import renovation from './renovation.json';
import repairs from './repairs.json';
import review from './review.json';
import reviewReport from './reviewReport.json';
import revisits from './revisits.json';
import safety from './safety.json';
import settings from './settings.json';
import shell from './shell.json';
import storage from './storage.json';
import surveys from './surveys.json';
import sync from './sync.json';
import venues from './venues.json';
import visitors from './visitors.json';
export { default as auditLabels } from './auditLabels.json';

export const catalog = {
  ...archive,
  ...audit,
  ...backup,
  ...common,
  ...complaints,
  ...domain,
  ...enquiries,
  ...fees,
  ...handover,
  ...home,
  ...keys,
  ...mail,
  ...money,
  ...movein,
  ...operators,
  ...parking,
  ...patrols,
  ...print,
  ...release,
  ...renovation,
  ...repairs,
  ...review,
  ...reviewReport,
  ...revisits,
  ...safety,
  ...settings,
  ...shell,
  ...storage,
  ...surveys,
  ...sync,
  ...venues,
  ...visitors,
};
