import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { SignoffRecord, SiteCheckRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { fieldTable, formDocument, formHead, signTable } from '../../../print/formSheet';
import { html, tableHead } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['patrols']['print'];
const p = (k: Key) => t(`patrols.print.${k}`);
const time = (iso: string) => formatOfficeDateTime(iso).slice(11);

export interface DailyPatrolReport {
  /** Office date `YYYY-MM-DD`. */
  date: string;
  /** The day's records, any order: patrols make the table, inspections the lines below. */
  records: readonly SiteCheckRecord[];
  /** 签阅 rows by record id. */
  signoffs: ReadonlyMap<string, SignoffRecord>;
}

const signedText = (s: SignoffRecord | undefined) =>
  s
    ? t('patrols.print.signedAt', { name: s.signedByName, at: formatOfficeDateTime(s.signedAt) })
    : '';

/** 巡楼日报 on A4: each patrol of the day with its route, findings and where they went. */
export function buildDailyPatrolReport(r: DailyPatrolReport, profile: PrintProfile): BuiltDocument {
  const sorted = [...r.records].sort((a, b) => a.at.localeCompare(b.at));
  const patrols = sorted.filter((c) => c.kind === 'patrol');
  const inspections = sorted.filter((c) => c.score !== undefined);
  const findings = patrols.reduce((n, c) => n + (c.findings?.length ?? 0), 0);
  const title = t('patrols.print.docTitle', { date: r.date });
  const rows = patrols.map(
    (c, i) =>
      html`<tr>
        <td class="c">${i + 1}</td>
        <td class="c nw">${time(c.at)}</td>
        <td>${c.inspector}</td>
        <td>${c.route ?? ''}${c.points?.length ? html`<br />${c.points.join('、')}` : html``}</td>
        <td>
          ${
            c.findings?.length
              ? c.findings.map(
                  (f, j) =>
                    html`<div>
                      ${j + 1}.
                      ${f.text}${
                        f.workOrderNo
                          ? html` ${t('patrols.print.orderTo', { no: f.workOrderNo })}`
                          : html``
                      }
                    </div>`,
                )
              : p('none')
          }
        </td>
        <td>${signedText(r.signoffs.get(c.id))}</td>
      </tr>`,
  );
  const body = html`${formHead(profile, p('title'))}
    ${fieldTable([
      [p('date'), r.date],
      [p('property'), profile.name],
      [p('count'), String(patrols.length)],
      [p('findingsCount'), String(findings)],
    ])}
    <table class="grid">
      <colgroup>
        <col style="width: 12mm" />
        <col style="width: 16mm" />
        <col style="width: 20mm" />
        <col style="width: 45mm" />
        <col />
        <col style="width: 30mm" />
      </colgroup>
      ${tableHead([p('seq'), p('time'), p('inspector'), p('route'), p('findings'), p('signedBy')])}
      <tbody>
        ${
          rows.length
            ? rows
            : html`<tr>
                <td colspan="6" class="c">${p('empty')}</td>
              </tr>`
        }
      </tbody>
    </table>
    ${
      inspections.length
        ? html`<h2>${p('inspections')}</h2>
            <table class="grid">
              <tbody>
                ${inspections.map(
                  (c) =>
                    html`<tr>
                      <td class="nw">${time(c.at)}</td>
                      <td>${t(`patrols.kind.${c.kind}`)} ${c.no}</td>
                      <td>${c.inspector}</td>
                      <td class="c">${t('patrols.form.score', { score: c.score ?? 0 })}</td>
                      <td>
                        ${(c.checklist ?? [])
                          .filter((x) => !x.ok)
                          .map((x) => `${x.item}：${x.note ?? ''}`)
                          .join('；')}
                      </td>
                      <td>${signedText(r.signoffs.get(c.id))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : html``
    }
    ${signTable([[[p('signedBy')]]], '30mm')}`;
  return formDocument('form', title, body);
}
