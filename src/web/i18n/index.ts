import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setClientLanguage } from '../api/client.js';
import da from './da.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'pejling.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/** The language chosen while signed out, remembered in this browser; Danish by default. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'da';
  } catch {
    return 'da';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts for this visit only.
  }
}

/*
 * Texts come in two parts per language: the core (layout, login, invitation, errors) and the
 * texts of the signed-in pages. Only Danish core is in the first download; the rest is fetched
 * when it is first needed, so the login page stays small as the product grows.
 */
const CORE: Record<Language, () => Promise<object>> = {
  da: async () => da,
  en: async () => (await import('./en.json')).default,
};
const PAGES: Record<Language, () => Promise<object>> = {
  da: async () => {
    const [pages, radar, radarView] = await Promise.all([
      import('./da.pages.json'),
      import('./da.radar.json'),
      import('./da.radarview.json'),
    ]);
    return { ...pages.default, ...radar.default, ...radarView.default };
  },
  en: async () => {
    const [pages, radar, radarView] = await Promise.all([
      import('./en.pages.json'),
      import('./en.radar.json'),
      import('./en.radarview.json'),
    ]);
    return { ...pages.default, ...radar.default, ...radarView.default };
  },
};
const pagesLoaded = new Set<Language>();
let pagesWanted = false;

async function ensureResources(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await CORE[language](), true, false);
  }
  if (pagesWanted && !pagesLoaded.has(language)) {
    i18next.addResourceBundle(language, 'translation', await PAGES[language](), true, false);
    pagesLoaded.add(language);
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'da';
}

/** Loads the texts of the signed-in pages (in the current language, and in any later one). */
export async function loadPageTexts(): Promise<void> {
  pagesWanted = true;
  await ensureResources(currentLanguage());
}

/** Switches the interface, the page's lang attribute and the API's Accept-Language together. */
export async function applyLanguage(language: Language): Promise<void> {
  setClientLanguage(language);
  await ensureResources(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { da: { translation: da } },
    lng: language,
    fallbackLng: 'da',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    partialBundledLanguages: true,
  });
  await applyLanguage(language);
}
