import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SatisfactionResults } from '@/features/surveys/api/surveys';
import type { Problem } from '@/lib/api/schema-types';

export type SatisfactionBlocker = SatisfactionResults['blockers'][number];

/** A blocker as the publish 409 names it: its code, and the area for an area's (`sample-not-reached[12]`). */
export interface BlockerRef {
  code: string;
  residentialAreaId?: number;
  message: string;
}

/** What a blocker's wording needs: its code (maybe one this web app does not know) and message. */
export type BlockerLike = { code: string; message: string } & Partial<
  Omit<SatisfactionBlocker, 'code' | 'message'>
>;

const BLOCKER_TYPES = ['survey-not-closed', 'sample-not-reached'].map(
  (code) => `https://danvan.vn/problems/${code}`,
);

function percent(value: number, language: string): string {
  return `${value.toLocaleString(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 })}%`;
}

/**
 * A blocker in the reader's language, by its code and figures; the server's message when the code
 * is unknown to this version of the web app or the figures are missing.
 */
export function blockerText(
  t: TFunction<['translation', 'surveys']>,
  b: BlockerLike,
  language: string,
): string {
  if (b.code === 'survey-not-closed' && b.state) {
    return t('surveys:blockers.survey-not-closed', { state: t(`surveys:state.${b.state}`) });
  }
  if (
    b.code === 'sample-not-reached' &&
    b.responses != null &&
    b.households != null &&
    b.responsePercent != null &&
    b.minimumResponsePercent != null
  ) {
    const figures = {
      responses: b.responses,
      households: b.households,
      percent: percent(b.responsePercent, language),
      minimum: b.minimumResponsePercent,
    };
    return b.residentialAreaId != null
      ? t('surveys:blockers.sample-not-reached-area', {
          ...figures,
          area: b.residentialAreaName ?? '',
        })
      : t('surveys:blockers.sample-not-reached', figures);
  }
  return b.message;
}

/**
 * The blockers a publish 409 names in its errors (`field` = the code, `[id]` after an area's), or
 * none when the problem is not such a refusal.
 */
export function blockersOfProblem(problem: Problem | undefined): BlockerRef[] {
  if (!problem || !BLOCKER_TYPES.includes(problem.type)) {
    return [];
  }
  return (problem.errors ?? []).map((e) => {
    const match = /^(.*?)(?:\[(\d+)\])?$/.exec(e.field);
    return {
      code: match?.[1] ?? e.field,
      ...(match?.[2] ? { residentialAreaId: Number(match[2]) } : {}),
      message: e.message,
    };
  });
}

/** Why the results cannot be published, one line a blocker (worded by code). */
export function BlockerList({
  blockers,
  testId,
}: {
  blockers: SatisfactionBlocker[];
  testId?: string;
}) {
  const { t, i18n } = useTranslation(['translation', 'surveys']);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={t('surveys:page.blocked')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {blockers.map((b) => (
            <li key={`${b.code}-${b.residentialAreaId ?? ''}`} data-code={b.code}>
              {blockerText(t, b, i18n.language)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
