import 'i18next';
import type criteria from '@/lib/i18n/locales/criteria.vi.json';
import type models from '@/lib/i18n/locales/models.vi.json';
import type recognitionCounts from '@/lib/i18n/locales/recognition-counts.vi.json';
import type recognizedAreas from '@/lib/i18n/locales/recognized-areas.vi.json';
import type recognition from '@/lib/i18n/locales/recognition.vi.json';
import type rural from '@/lib/i18n/locales/rural.vi.json';
import type surveys from '@/lib/i18n/locales/surveys.vi.json';
import type targets from '@/lib/i18n/locales/targets.vi.json';
import type vi from '@/lib/i18n/locales/vi.json';

// Translation keys are checked against the Vietnamese (default) resource.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof vi;
      models: typeof models;
      criteria: typeof criteria;
      recognitionCounts: typeof recognitionCounts;
      recognizedAreas: typeof recognizedAreas;
      recognition: typeof recognition;
      rural: typeof rural;
      targets: typeof targets;
      surveys: typeof surveys;
    };
  }
}
