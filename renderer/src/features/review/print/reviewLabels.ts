import { t, type MessageKey } from '../../../i18n';

/** The code lists a monthly review breaks its counts down by. */
export type LabelGroup =
  'category' | 'department' | 'repairType' | 'urgency' | 'feeItem' | 'method' | 'age';

export type CodeLabel = (group: LabelGroup, code: string) => string;

/** Names that live in the settings (departments, fee items), by code. */
export interface SettingNames {
  department?: (code: string) => string | undefined;
  feeItem?: (code: string) => string | undefined;
}

/** The catalog's text for `key`, or `fallback` when the catalog has none. */
function known(key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

/**
 * Chinese names of breakdown codes for the report and the workbook: catalog names for fixed
 * codes, the settings' names for departments and fee items, the code itself when unknown
 * (a code from an older setting still prints, as itself). `none` is 未填.
 */
export function makeCodeLabel(names: SettingNames = {}): CodeLabel {
  return (group, code) => {
    if (code === 'none') return t('reviewReport.row.none');
    switch (group) {
      case 'category':
        return known(`complaints.category.${code}`, code);
      case 'department':
        return names.department?.(code) || code;
      case 'repairType':
        return known(`repairs.kind.${code}`, known(`repairs.serviceType.${code}`, code));
      case 'urgency':
        return known(`repairs.urgency.${code}`, code);
      case 'feeItem':
        return names.feeItem?.(code) || code;
      case 'method':
        return known(`money.method.${code}`, code);
      case 'age':
        return code;
    }
  };
}
