import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage.js';
import { LANGUAGES } from '../i18n/index.js';

/** Language names are written in their own language, so each is recognisable to its readers. */
const NAMES = { da: 'Dansk', en: 'English' } as const;

export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className={className ? `pj-language ${className}` : 'pj-language'} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="function-link"
          aria-pressed={lang === language}
          onClick={() => void setLanguage(lang)}
        >
          {NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
