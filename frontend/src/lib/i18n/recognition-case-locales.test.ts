import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import en from '@/lib/i18n/locales/recognition.en.json';
import vi from '@/lib/i18n/locales/recognition.vi.json';

type Tree = { [key: string]: string | Tree };
type Schemas = components['schemas'];

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(one|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

// The namespace of the recognition screens, loaded with them (not with the first screen).
describe('the recognition namespace', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(new Set(keys(en as Tree))).toEqual(new Set(keys(vi as Tree)));
  });

  it('names every value of the contract’s enums it shows', () => {
    const enums: [keyof typeof vi, string[]][] = [
      [
        'state',
        [
          'REGISTERED',
          'SELF_ASSESSED',
          'REVIEWED',
          'POSTED',
          'VOTED',
          'APPRAISED',
          'RECOGNIZED',
          'REFUSED',
          'WITHDRAWN',
        ] satisfies Schemas['RecognitionCaseState'][],
      ],
      [
        'decisionStatus',
        ['IN_FORCE', 'LAPSED', 'REVOKED', 'LOST'] satisfies Schemas['RecognitionDecisionStatus'][],
      ],
      ['kind', ['INITIAL', 'REASSESSMENT'] satisfies Schemas['RecognitionCaseKind'][]],
      ['criterionKind', ['PASS_FAIL', 'SCORED', 'NUMERIC'] satisfies Schemas['CriterionKind'][]],
      ['decidingLevel', ['COMMUNE', 'PROVINCE'] satisfies Schemas['DecidingLevel'][]],
      ['reviewVerdict', ['AGREE', 'CHANGE'] satisfies Schemas['RecognitionReviewVerdict'][]],
    ];
    for (const [group, values] of enums) {
      expect(Object.keys(vi[group]).sort()).toEqual([...values].sort());
    }
  });

  it('loads on demand, in the chosen language', async () => {
    await i18n.loadNamespaces('recognition');
    expect(i18n.t('recognition:selfAssessment.save')).toBe('Lưu tiêu chí');
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces('recognition');
    expect(i18n.t('recognition:selfAssessment.save')).toBe('Save criterion');
    await i18n.changeLanguage('vi');
  });
});
