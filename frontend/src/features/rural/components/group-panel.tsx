import { Alert, App, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuralGroups, useSetRuralGroup } from '@/features/rural/api/rural';
import { isStale } from '@/features/rural/components/rural-problem';
import { problemText } from '@/lib/api/problem-text';

/** NTM periods are five years from 2021 (2021–2025, 2026–2030 …): the one holding `year`. */
function periodOf(year: number): { from: number; to: number } {
  const from = 2021 + 5 * Math.floor((year - 2021) / 5);
  return { from, to: from + 4 };
}

/**
 * The commune's group (1, 2, 3) for the period of `year` — it picks each criterion's variant — and
 * the groups of other periods. Who may assess sets or changes it; a 409 (someone changed it since)
 * says so and reads it again.
 */
export function GroupPanel({
  unitId,
  year,
  canSetGroup,
}: {
  unitId: number;
  year: number;
  canSetGroup: boolean;
}) {
  const { t } = useTranslation('rural');
  const { message } = App.useApp();
  const groups = useRuralGroups(unitId);
  const save = useSetRuralGroup(unitId);
  const [chosen, setChosen] = useState<number>();
  const [error, setError] = useState<string>();
  const current = groups.data?.find((g) => g.periodFrom <= year && year <= g.periodTo);
  const period = current ? { from: current.periodFrom, to: current.periodTo } : periodOf(year);
  const others = (groups.data ?? []).filter((g) => g !== current);
  const value = chosen ?? current?.group;

  const submit = () => {
    if (value === undefined) {
      return;
    }
    setError(undefined);
    save.mutate(
      {
        periodFrom: period.from,
        body: { periodTo: period.to, group: value, version: current?.version ?? 0 },
      },
      {
        onSuccess: (saved) => {
          setChosen(undefined);
          void message.success(t('groupPanel.saved', { group: saved.group }));
        },
        onError: (failure) => {
          if (isStale(failure)) {
            setChosen(undefined);
            setError(t('groupPanel.stale'));
            void groups.refetch();
            return;
          }
          setError(problemText(failure).join(' · '));
        },
      },
    );
  };

  return (
    <Flex vertical gap={4} data-testid="rural-group">
      <Typography.Text>
        {current
          ? t('criteria.groupOfPeriod', { group: current.group, from: period.from, to: period.to })
          : t('groupPanel.none', { from: period.from, to: period.to })}
      </Typography.Text>
      {others.length > 0 && (
        <Typography.Text type="secondary">
          {others
            .map((g) =>
              t('criteria.groupOfPeriod', { group: g.group, from: g.periodFrom, to: g.periodTo }),
            )
            .join(' · ')}
        </Typography.Text>
      )}
      {error && <Alert type="warning" showIcon title={error} data-testid="group-error" />}
      {canSetGroup && (
        <Flex gap={8} wrap align="center">
          <Select<number>
            aria-label={t('groupPanel.label', { from: period.from, to: period.to })}
            placeholder={t('groupPanel.choose')}
            value={value}
            style={{ width: 120 }}
            options={[1, 2, 3].map((g) => ({ value: g, label: t('group', { group: g }) }))}
            onChange={setChosen}
          />
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={chosen === undefined || chosen === current?.group}
          >
            {t('groupPanel.save')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
