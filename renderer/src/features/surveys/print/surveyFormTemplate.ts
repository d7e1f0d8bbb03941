import { SURVEY_RATINGS, type SurveyQuestion } from '@shared/domain/surveys';
import { t, type zhCN } from '../../../i18n';
import { fieldTable, formDocument, formHead } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['surveys']['print'];
const p = (k: Key) => t(`surveys.print.${k}`);

/** What the form prints of a round. */
export interface PrintableRound {
  no: string;
  title: string;
  topic?: string;
  questions: readonly SurveyQuestion[];
}

/**
 * 《业主意见调查表》 on A4: the round's rating questions as a grid of boxes to tick
 * (很满意 / 满意 / 一般 / 不满意), each free-text question with ruled space, a blank for unit,
 * name, phone and date. The question numbers are the ones the desk types at entry.
 */
export function buildSurveyForm(round: PrintableRound, profile: PrintProfile): BuiltDocument {
  const ratings = round.questions.filter((q) => q.kind === 'rating');
  const texts = round.questions.filter((q) => q.kind === 'text');
  const box = html`<span class="box">□</span>`;
  const body = html`${formHead(profile, p('title'), round.no)}
    <p class="sub">
      ${round.title}${round.topic ? html` ${t('surveys.print.topic', { topic: round.topic })}` : html``}
    </p>
    <p class="note">${p('greeting')}</p>
    ${fieldTable([
      [p('unit'), ''],
      [p('name'), ''],
      [p('phone'), ''],
      [p('date'), ''],
    ])}
    ${
      ratings.length > 0
        ? html`<table class="grid q">
            <thead>
              <tr>
                <th class="n">${p('no')}</th>
                <th>${p('question')}</th>
                ${SURVEY_RATINGS.map((r) => html`<th class="r">${t(`surveys.rating.${r}`)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${ratings.map(
                (q) =>
                  html`<tr>
                    <td class="c">${q.no}</td>
                    <td>${q.text}</td>
                    ${SURVEY_RATINGS.map(() => html`<td class="c">${box}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html``
    }
    ${texts.map(
      (q) =>
        html`<h2>${q.no}. ${q.text}</h2>
          <table class="lines">
            <tbody>
              <tr>
                <td></td>
              </tr>
              <tr>
                <td></td>
              </tr>
              <tr>
                <td></td>
              </tr>
            </tbody>
          </table>`,
    )}
    <p class="note">${p('thanks')}</p>
    <p class="org">${profile.name}${profile.phone ? html` ${profile.phone}` : html``}</p>`;
  return formDocument('form', `${p('title')} ${round.no}`, body, CSS);
}

const CSS = `
.sub { text-align: center; margin: 0 0 2mm; }
.q td { height: 8mm; vertical-align: middle; }
.q .n { width: 12mm; }
.q .r { width: 18mm; text-align: center; }
.box { font-size: 13pt; }
.lines td { height: 8mm; border-left: none; border-right: none; border-top: none; }
p.org { text-align: right; margin-top: 4mm; }
`;
