import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import ruralEn from '@/lib/i18n/locales/rural.en.json';
import ruralVi from '@/lib/i18n/locales/rural.vi.json';
import surveysEn from '@/lib/i18n/locales/surveys.en.json';
import surveysVi from '@/lib/i18n/locales/surveys.vi.json';
import targetsEn from '@/lib/i18n/locales/targets.en.json';
import targetsVi from '@/lib/i18n/locales/targets.vi.json';

type Tree = { [key: string]: string | Tree };
type Schemas = components['schemas'];

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(one|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

const sorted = (values: string[]) => [...values].sort();

// The namespaces of the NTM status, targets and surveys screens, loaded with them.
describe('the rural, targets and surveys namespaces', () => {
  it('have the same keys in Vietnamese and English', () => {
    for (const [vi, en] of [
      [ruralVi, ruralEn],
      [targetsVi, targetsEn],
      [surveysVi, surveysEn],
    ] as [Tree, Tree][]) {
      expect(new Set(keys(en))).toEqual(new Set(keys(vi)));
    }
  });

  it('name every value of the contract’s enums they show', () => {
    expect(sorted(Object.keys(ruralVi.level))).toEqual(
      sorted([
        'NONE',
        'STANDARD',
        'ADVANCED',
        'MODEL',
        'MODERN',
      ] satisfies Schemas['RuralLevelFilter'][]),
    );
    expect(sorted(Object.keys(ruralVi.decisionStatus))).toEqual(
      sorted([
        'IN_FORCE',
        'LAPSED',
        'REVOKED',
        'LOST',
      ] satisfies Schemas['RecognitionDecisionStatus'][]),
    );
    expect(sorted(Object.keys(targetsVi.status))).toEqual(
      sorted([
        'ACHIEVED',
        'IN_PROGRESS',
        'MISSED',
        'NOT_MEASURABLE',
      ] satisfies Schemas['TargetStatus'][]),
    );
    expect(sorted(Object.keys(targetsVi.reason))).toEqual(
      sorted([
        'DISTRICTS_ABOLISHED',
        'NO_DISTRICT_TITLE',
      ] satisfies Schemas['TargetNotMeasurableReason'][]),
    );
    expect(sorted(Object.keys(targetsVi.measure))).toEqual(
      sorted([
        'UNITS_WITH_TITLE',
        'RECOGNIZED_AREAS',
        'RECOGNIZED_MODELS',
      ] satisfies Schemas['TargetMeasure'][]),
    );
    expect(sorted(Object.keys(targetsVi.unitGroup))).toEqual(
      sorted(['COMMUNES', 'COMMUNE_LEVEL', 'DISTRICTS'] satisfies Schemas['TargetUnitGroup'][]),
    );
    expect(sorted(Object.keys(targetsVi.titleLevel))).toEqual(
      sorted(['STANDARD', 'ADVANCED', 'MODEL', 'MODERN'] satisfies Schemas['TargetTitleLevel'][]),
    );
    expect(sorted(Object.keys(surveysVi.state))).toEqual(
      sorted([
        'DRAFT',
        'OPEN',
        'CLOSED',
        'PUBLISHED',
      ] satisfies Schemas['SatisfactionSurveyState'][]),
    );
  });

  it('load on demand, in the chosen language', async () => {
    await i18n.loadNamespaces(['rural', 'targets', 'surveys']);
    expect(i18n.t('surveys:entry.save', { answered: 1, count: 2 })).toBe('Lưu phiếu (1/2 câu)');
    expect(i18n.t('targets:progressOf', { counted: 87, of: 102, share: '85,3' })).toBe(
      '87 trên 102 (85,3%)',
    );
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces(['rural', 'targets', 'surveys']);
    expect(i18n.t('targets:progressOf', { counted: 87, of: 102, share: '85.3' })).toBe(
      '87 of 102 (85.3%)',
    );
    expect(i18n.t('rural:level.ADVANCED')).toBe('Advanced NTM');
    await i18n.changeLanguage('vi');
  });
});
