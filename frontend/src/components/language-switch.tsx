import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/lib/i18n/i18n';

const LABELS: Record<Language, string> = { vi: 'VI', en: 'EN' };
const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Switches the interface between Vietnamese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span title={NAMES[language]} lang={language}>
            {LABELS[language]}
          </span>
        ),
      }))}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
