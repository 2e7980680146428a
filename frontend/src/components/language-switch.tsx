import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/lib/i18n/i18n';

const LABELS: Record<Language, string> = { vi: 'VI', en: 'EN' };
const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Switches the interface between Vietnamese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div className="l-segmented" role="radiogroup" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <label
          key={language}
          className={`l-segmented__item${language === current ? ' l-segmented__item--on' : ''}`}
          title={NAMES[language]}
        >
          <input
            type="radio"
            name="language"
            value={language}
            checked={language === current}
            onChange={() => void i18n.changeLanguage(language)}
          />
          <span lang={language}>{LABELS[language]}</span>
        </label>
      ))}
    </div>
  );
}
