import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '@/lib/i18n/locales/vi.json';

/** Vietnamese first, English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'danvan.language';

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: string): void {
  dayjs.locale(language === 'en' ? 'en' : 'vi');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}

/**
 * The namespaces of screens that load on demand, loaded with them in the chosen language: the
 * first screen carries none of their strings (budget: README). Their keys: `models:list.title`.
 */
const LAZY_NAMESPACES: Record<string, Record<Language, () => Promise<{ default: unknown }>>> = {
  models: {
    vi: () => import('@/lib/i18n/locales/models.vi.json'),
    en: () => import('@/lib/i18n/locales/models.en.json'),
  },
  criteria: {
    vi: () => import('@/lib/i18n/locales/criteria.vi.json'),
    en: () => import('@/lib/i18n/locales/criteria.en.json'),
  },
  recognitionCounts: {
    vi: () => import('@/lib/i18n/locales/recognition-counts.vi.json'),
    en: () => import('@/lib/i18n/locales/recognition-counts.en.json'),
  },
  recognizedAreas: {
    vi: () => import('@/lib/i18n/locales/recognized-areas.vi.json'),
    en: () => import('@/lib/i18n/locales/recognized-areas.en.json'),
  },
  recognition: {
    vi: () => import('@/lib/i18n/locales/recognition.vi.json'),
    en: () => import('@/lib/i18n/locales/recognition.en.json'),
  },
  rural: {
    vi: () => import('@/lib/i18n/locales/rural.vi.json'),
    en: () => import('@/lib/i18n/locales/rural.en.json'),
  },
  targets: {
    vi: () => import('@/lib/i18n/locales/targets.vi.json'),
    en: () => import('@/lib/i18n/locales/targets.en.json'),
  },
  surveys: {
    vi: () => import('@/lib/i18n/locales/surveys.vi.json'),
    en: () => import('@/lib/i18n/locales/surveys.en.json'),
  },
};

/** Vietnamese is bundled; English loads when it is first chosen (budget: README). */
const loadOnDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (namespace !== 'translation') {
      const load = LAZY_NAMESPACES[namespace]?.[language === 'en' ? 'en' : 'vi'];
      if (!load) {
        callback(null, {});
        return;
      }
      load().then(
        (strings) => callback(null, strings.default as ResourceKey),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), null),
      );
      return;
    }
    if (language !== 'en') {
      callback(null, vi);
      return;
    }
    import('@/lib/i18n/locales/en.json').then(
      (en) => callback(null, en.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Resolves when the stored language's strings are there (at once for Vietnamese). */
export const i18nReady = i18n
  .use(loadOnDemand)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
applyLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export { i18n };
