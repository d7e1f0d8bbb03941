import { Result } from 'antd';
import { t } from '../i18n';
import type { NavItem } from './navigation';

/** A screen a later issue builds: says which, and shows nothing fake. */
export function ComingSoon({ item }: { item: NavItem }) {
  return (
    <Result
      status="info"
      title={t(item.label)}
      subTitle={t('shell.comingIn', { issue: item.issue ?? '?', what: item.what ?? '' })}
    />
  );
}
