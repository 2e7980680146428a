import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import en from '@/lib/i18n/locales/models.en.json';
import vi from '@/lib/i18n/locales/models.vi.json';

type Tree = { [key: string]: string | Tree };
type Schemas = components['schemas'];

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(one|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

// The namespace of the "Dân vận khéo" screens, loaded with them (not with the first screen).
describe('the models namespace', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(new Set(keys(en as Tree))).toEqual(new Set(keys(vi as Tree)));
  });

  it('names every value of the contract’s enums it shows', () => {
    const enums: [keyof typeof vi, string[]][] = [
      [
        'roundState',
        [
          'REGISTERED',
          'IN_PROGRESS',
          'REPORTED',
          'SUBMITTED',
          'RETURNED',
          'NOT_PASSED',
          'APPRAISED',
          'RECOGNIZED',
          'EXEMPLARY',
          'PROPOSED_FOR_COMMENDATION',
          'COMMENDED',
          'PROPOSED_UPWARD',
        ] satisfies Schemas['ModelRoundState'][],
      ],
      ['modelState', ['REGISTERED', 'ACTIVE', 'DISCONTINUED'] satisfies Schemas['ModelState'][]],
      ['mark', ['NEW', 'MAINTAINED', 'WEAK', 'DISCONTINUED'] satisfies Schemas['ModelRoundMark'][]],
      ['level', ['COMMUNE', 'PROVINCE'] satisfies Schemas['ModelLevel'][]],
      ['ownerKind', ['COLLECTIVE', 'INDIVIDUAL'] satisfies Schemas['ModelOwnerKind'][]],
      [
        'commendationForm',
        ['GIAY_KHEN', 'BANG_KHEN', 'OTHER'] satisfies Schemas['CommendationForm'][],
      ],
    ];
    for (const [group, values] of enums) {
      expect(Object.keys(vi[group]).sort()).toEqual([...values].sort());
    }
  });

  it('loads on demand, in the chosen language', async () => {
    await i18n.loadNamespaces('models');
    expect(i18n.t('models:list.title')).toBe('Mô hình Dân vận khéo');
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces('models');
    expect(i18n.t('models:list.title')).toBe('“Dân vận khéo” models');
    await i18n.changeLanguage('vi');
  });
});
