/**
 * The estate database's design document (issue 20): what the server itself refuses, whatever a
 * desk's code does. CouchDB runs `validate_doc_update` on every write, replicated ones included
 * (written for CouchDB's JavaScript engine: ES5, no modules).
 *
 * Refused:
 * - any write by a branch user (分公司 replicates read-only) or by a user that is not a desk;
 * - a document that is not a row of the desk's tables (`{ t, row, desk }`, `_id` = `t:key`);
 * - changing an issued receipt's (or refund voucher's) number, amount, lines, payer or kind;
 * - deleting a money document (receipts, cash-ups) or an audit entry, and editing an audit entry.
 * Admins (`_admin`) are not checked: the setup and a manager's repair work go through them.
 * A month summary (`branchSummary:<month>`, what the branch reads live) must say it is one, and
 * its rates must be what its amounts and counts give (the branch compares estates by them):
 * from version 4 the fee rates (收费率: collected ÷ billed fen, never above 1 — a bill is never
 * settled past what it asks), from version 5 the surveys' 满意率 (overall, per round and
 * question). The branch's parser recomputes a rate anyway; the server refuses the document so
 * a wrong figure never reaches any branch.
 *
 * The `summaries` filter is what the branch replicates: the month summaries, not the records.
 */
export const DESIGN_DOC_ID = '_design/taizhang';

/** Bumped when the function changes, so setup knows to replace an older one. */
export const DESIGN_VERSION = 3;

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function stable(v) {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Object.prototype.toString.call(v) === '[object Array]') {
      var parts = [];
      for (var i = 0; i < v.length; i++) parts.push(stable(v[i]));
      return '[' + parts.join(',') + ']';
    }
    var keys = [];
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined) keys.push(k);
    keys.sort();
    var out = [];
    for (var j = 0; j < keys.length; j++) out.push(JSON.stringify(keys[j]) + ':' + stable(v[keys[j]]));
    return '{' + out.join(',') + '}';
  }
  if (has('_admin')) return;
  if (has('taizhang-branch')) throw({ forbidden: '分公司账号只能读取小区的记录，不能修改。' });
  if (!has('taizhang-desk')) throw({ forbidden: '此账号不是前台账号，不能写入小区的记录。' });
  var MONEY = { receipts: true, cashups: true };
  var live = oldDoc && !oldDoc._deleted ? oldDoc : null;
  if (newDoc._deleted) {
    if (live && (MONEY[live.t] || live.t === 'audit'))
      throw({ forbidden: '收费单据和审计记录不能删除（' + (live.row && live.row.no ? live.row.no : newDoc._id) + '）。作废或退款请开新的单据。' });
    return;
  }
  if (typeof newDoc.t !== 'string' || !newDoc.row || typeof newDoc.row !== 'object')
    throw({ forbidden: '不是台账记录的格式。' });
  var key = newDoc.t === 'settings' ? newDoc.row.key : newDoc.row.id;
  if (newDoc._id !== newDoc.t + ':' + key) throw({ forbidden: '记录编号与文档编号不符。' });
  function rateOf(r, what, numerator, denominator) {
    if (!r || typeof r !== 'object' || typeof r.numerator !== 'number' || typeof r.denominator !== 'number')
      throw({ forbidden: '月度汇总的' + what + '不是比率。' });
    if (r.numerator < 0 || r.numerator > r.denominator)
      throw({ forbidden: '月度汇总的' + what + '超过 100%（' + r.numerator + ' / ' + r.denominator + '）。' });
    if (numerator !== undefined && (r.numerator !== numerator || r.denominator !== denominator))
      throw({ forbidden: '月度汇总的' + what + '与金额不符（' + r.numerator + ' / ' + r.denominator + '）。' });
    var value = r.denominator === 0 ? null : r.numerator / r.denominator;
    if (value === null ? r.value !== null : typeof r.value !== 'number' || Math.abs(r.value - value) > 1e-9)
      throw({ forbidden: '月度汇总的' + what + '与其分子分母不符。' });
  }
  function summaryRates(s) {
    var f = s.figures || {};
    var fees = s.schemaVersion >= 4 ? f.fees : null;
    if (fees) {
      rateOf(fees.rate, '本月收费率', Math.min(fees.collectedFen, fees.billedFen), fees.billedFen);
      rateOf(fees.pastRate, '往期欠费收缴率', Math.min(fees.pastCollectedFen, fees.pastArrearsFen), fees.pastArrearsFen);
    }
    var surveys = s.schemaVersion >= 5 ? f.surveys : null;
    if (surveys) {
      rateOf(surveys.satisfaction, '满意率');
      var rounds = surveys.rounds || [];
      for (var i = 0; i < rounds.length; i++) {
        rateOf(rounds[i].satisfaction, '满意率');
        var questions = rounds[i].questions || [];
        for (var q = 0; q < questions.length; q++) rateOf(questions[q].satisfaction, '满意率');
      }
    }
  }
  if (newDoc.t === 'branchSummary') {
    if (newDoc.row.format !== 'taizhang-branch-summary' || newDoc.row.month !== newDoc.row.id)
      throw({ forbidden: '月度汇总的格式不对。' });
    summaryRates(newDoc.row);
  }
  if (!live) return;
  if (live.t !== newDoc.t) throw({ forbidden: '记录的类别不能修改。' });
  if (live.t === 'audit' && stable(live.row) !== stable(newDoc.row))
    throw({ forbidden: '审计记录不能修改。' });
  if (live.t === 'receipts') {
    var fixed = ['no', 'kind', 'totalFen', 'lines', 'deductions', 'payerName', 'payerKind', 'refundOf', 'issuedAt'];
    for (var f = 0; f < fixed.length; f++) {
      if (stable(live.row[fixed[f]]) !== stable(newDoc.row[fixed[f]]))
        throw({ forbidden: '已开收据的编号、金额、明细和付款人不能修改（' + live.row.no + '）。错开的收据请作废后重开。' });
    }
  }
}`;

export const SUMMARIES_FILTER = `function (doc) { return doc.t === 'branchSummary'; }`;

export function designDoc() {
  return {
    _id: DESIGN_DOC_ID,
    taizhang_version: DESIGN_VERSION,
    validate_doc_update: VALIDATE_DOC_UPDATE,
    filters: { summaries: SUMMARIES_FILTER },
  };
}
