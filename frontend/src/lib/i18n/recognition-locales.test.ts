import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import criteriaEn from '@/lib/i18n/locales/criteria.en.json';
import criteriaVi from '@/lib/i18n/locales/criteria.vi.json';
import countsEn from '@/lib/i18n/locales/recognition-counts.en.json';
import countsVi from '@/lib/i18n/locales/recognition-counts.vi.json';
import areasEn from '@/lib/i18n/locales/recognized-areas.en.json';
import areasVi from '@/lib/i18n/locales/recognized-areas.vi.json';

type Tree = { [key: string]: string | Tree };
type Schemas = components['schemas'];

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(one|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

// The namespaces of the criteria, recognition-count and public recognized-area screens.
describe('the criteria, recognition-count and recognized-area namespaces', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(new Set(keys(criteriaEn as Tree))).toEqual(new Set(keys(criteriaVi as Tree)));
    expect(new Set(keys(countsEn as Tree))).toEqual(new Set(keys(countsVi as Tree)));
    expect(new Set(keys(areasEn as Tree))).toEqual(new Set(keys(areasVi as Tree)));
  });

  it('name every value of the contract’s enums they show', () => {
    const enums: [string[], string[]][] = [
      [
        Object.keys(criteriaVi.status),
        ['DRAFT', 'PUBLISHED', 'RETIRED'] satisfies Schemas['CriteriaSetStatus'][],
      ],
      [
        Object.keys(criteriaVi.kind),
        ['PASS_FAIL', 'SCORED', 'NUMERIC'] satisfies Schemas['CriterionKind'][],
      ],
      [Object.keys(criteriaVi.passRule), ['ALL_REQUIRED', 'SCORE'] satisfies Schemas['PassRule'][]],
      [
        Object.keys(criteriaVi.subjectKind),
        ['RESIDENTIAL_AREA', 'COMMUNE'] satisfies Schemas['SubjectKind'][],
      ],
      [
        Object.keys(criteriaVi.decidingLevel),
        ['COMMUNE', 'PROVINCE'] satisfies Schemas['DecidingLevel'][],
      ],
      [
        Object.keys(countsVi.figure),
        [
          'registered',
          'refused',
          'recognized',
          'inForce',
          'lapsed',
          'revoked',
          'lost',
        ] satisfies (keyof Schemas['RecognitionCountFigures'])[],
      ],
      [
        Object.keys(areasVi.level),
        ['COMMUNE', 'PROVINCE'] satisfies Schemas['PublicRecognizedArea']['level'][],
      ],
    ];
    for (const [named, values] of enums) {
      expect([...named].sort()).toEqual([...values].sort());
    }
  });

  it('load on demand, in the chosen language', async () => {
    await i18n.loadNamespaces(['criteria', 'recognitionCounts', 'recognizedAreas']);
    expect(i18n.t('criteria:titles.title')).toBe('Danh hiệu và bộ tiêu chí');
    expect(i18n.t('recognitionCounts:title')).toBe('Kết quả công nhận khu dân cư');
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces(['criteria', 'recognitionCounts', 'recognizedAreas']);
    expect(i18n.t('recognizedAreas:title')).toBe('Recognized residential areas');
    await i18n.changeLanguage('vi');
  });
});
