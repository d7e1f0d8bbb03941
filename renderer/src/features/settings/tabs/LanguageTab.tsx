import { Radio, Spin, Typography } from 'antd';
import { UI_LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '@shared/domain/deskSettings';
import { useLanguage } from '../../../app/LanguageContext';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';

/**
 * 界面语言: saved as the desk's `language` setting the moment one is picked; the app's
 * LanguageFollower then switches the whole screen without a restart.
 */
export function LanguageTab() {
  const { value, canEdit, requiredRole, save } = useSettingEditor('language');
  const { setLanguage } = useLanguage();
  if (!value) return <Spin />;
  // The screen switches first, so the saved message already reads in the new language; a
  // refused save puts the stored language back.
  const choose = async (next: UiLanguage) => {
    setLanguage(next);
    if (!(await save(next))) setLanguage(value);
  };
  return (
    <div style={{ maxWidth: 640 }} aria-label={t('settings.tabs.language')}>
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.language.intro')}</Typography.Paragraph>
      <Typography.Text strong>{t('settings.language.label')}</Typography.Text>
      <div style={{ margin: '8px 0 16px' }}>
        <Radio.Group
          value={value}
          disabled={!canEdit}
          optionType="button"
          buttonStyle="solid"
          aria-label={t('settings.language.label')}
          onChange={(e) => void choose(e.target.value as UiLanguage)}
          options={UI_LANGUAGES.map((language) => ({
            value: language,
            label: <span data-testid={`language-${language}`}>{UI_LANGUAGE_NAMES[language]}</span>,
          }))}
        />
      </div>
      <Typography.Paragraph type="secondary">{t('settings.language.prints')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('settings.language.notTranslated')}
      </Typography.Paragraph>
    </div>
  );
}
