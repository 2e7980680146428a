import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/locales/en.json';
import vi from '@/lib/i18n/locales/vi.json';
import type { components } from '@/lib/api/schema';

type Tree = { [key: string]: string | Tree };

/** Every key path, with English plural suffixes folded onto their base key. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(one|other)$/, '')}`;
    if (typeof value === 'string') {
      found.add(path);
    } else {
      keys(value, `${path}.`).forEach((nested) => found.add(nested));
    }
  }
  return found;
}

const ENUMS = {
  UnitKind: [
    'NATION',
    'PROVINCE',
    'MUNICIPALITY',
    'RURAL_DISTRICT',
    'URBAN_DISTRICT',
    'DISTRICT_TOWN',
    'PROVINCIAL_CITY',
    'COMMUNE',
    'WARD',
    'TOWNSHIP',
    'SPECIAL_ZONE',
  ] satisfies components['schemas']['UnitKind'][],
  UnitLevel: [
    'NATIONAL',
    'PROVINCE',
    'DISTRICT',
    'COMMUNE',
  ] satisfies components['schemas']['UnitLevel'][],
  OrganizationKind: [
    'PARTY_COMMITTEE',
    'POLITBURO',
    'SECRETARIAT',
    'GOVERNMENT',
    'PARTY_STANDING_COMMITTEE',
    'PROPAGANDA_MOBILIZATION_BOARD',
    'PARTY_OFFICE',
    'PEOPLES_COMMITTEE',
    'STATE_AGENCY',
    'FATHERLAND_FRONT',
    'FARMERS_ASSOCIATION',
    'WOMENS_UNION',
    'VETERANS_ASSOCIATION',
    'LABOUR_FEDERATION',
    'YOUTH_UNION',
    'MASS_ASSOCIATION',
  ] satisfies components['schemas']['OrganizationKind'][],
  DirectiveType: [
    'RESOLUTION',
    'JOINT_RESOLUTION',
    'DECISION',
    'REGULATION',
    'DIRECTIVE',
    'CONCLUSION',
    'STATUTE',
    'CIRCULAR_PARTY',
    'GUIDANCE',
    'NOTICE',
    'PLAN',
    'PROGRAMME',
    'PROJECT',
    'OFFICIAL_LETTER',
    'REPORT',
    'SUBMISSION',
    'DECREE',
    'CIRCULAR',
  ] satisfies components['schemas']['DirectiveType'][],
  DirectiveStatus: [
    'DRAFT',
    'IN_FORCE',
    'EXPIRED',
    'REPLACED',
  ] satisfies components['schemas']['DirectiveStatus'][],
  RelationKind: [
    'IMPLEMENTS',
    'CONCRETIZES',
    'CONTINUES',
    'REPLACES',
    'CITES',
  ] satisfies components['schemas']['RelationKind'][],
  ReportingCadence: [
    'QUARTERLY',
    'HALF_YEARLY',
    'YEARLY',
  ] satisfies components['schemas']['ReportingCadence'][],
  DueKind: ['DATE', 'RECURRING', 'CONTINUOUS'] satisfies components['schemas']['DueKind'][],
  DraftField: [
    'type',
    'number',
    'issuer',
    'issueDate',
    'place',
    'subject',
    'signer',
    'signingCapacity',
    'recipients',
    'period',
  ] satisfies components['schemas']['DirectiveDraft']['missing'],
  Bucket: [
    'DONE_ON_TIME',
    'DONE_LATE',
    'OPEN_IN_TIME',
    'OPEN_OVERDUE',
  ] satisfies components['schemas']['Bucket'][],
  AssignmentStatus: [
    'NOT_STARTED',
    'IN_PROGRESS',
    'DONE',
    'CANCELLED',
  ] satisfies components['schemas']['AssignmentStatus'][],
  DigestItemKind: [
    'DUE_SOON',
    'OVERDUE',
    'RETURNED',
    'EXPLANATION_REQUESTED',
  ] satisfies components['schemas']['DigestItemKind'][],
  ReportStatus: [
    'OPEN',
    'SUBMITTED',
    'ACCEPTED',
    'RETURNED',
  ] satisfies components['schemas']['ReportStatus'][],
  ResidentialAreaKind: [
    'VILLAGE',
    'HAMLET',
    'HIGHLAND_VILLAGE',
    'TRADITIONAL_VILLAGE',
    'URBAN_QUARTER',
    'RESIDENT_GROUP',
  ] satisfies components['schemas']['ResidentialAreaKind'][],
};

describe('translations', () => {
  it('English has exactly the keys of Vietnamese', () => {
    expect([...keys(en)].sort()).toEqual([...keys(vi)].sort());
  });

  it.each(Object.entries(ENUMS))(
    'labels every %s of the contract in both languages',
    (name, values) => {
      for (const resource of [vi, en] as Tree[]) {
        const labels = (resource.enums as Tree)[name] as Tree;
        expect(Object.keys(labels).sort()).toEqual([...values].sort());
      }
    },
  );
});
