import 'i18next';
import type models from '@/lib/i18n/locales/models.vi.json';
import type recognition from '@/lib/i18n/locales/recognition.vi.json';
import type vi from '@/lib/i18n/locales/vi.json';

// Translation keys are checked against the Vietnamese (default) resource.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi; models: typeof models; recognition: typeof recognition };
  }
}
