import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '@/features/units/api/units';
import { formatDate } from '@/lib/dates';

type UnitFacts = Pick<UnitSummary, 'kind' | 'current' | 'validTo'>;

/** The kind of a unit, and for an abolished one "Đã giải thể" with its last day. */
export function UnitStatusTags({ unit }: { unit: UnitFacts }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color="blue">{t(`enums.UnitKind.${unit.kind}`)}</Tag>
      {!unit.current && (
        <>
          <Tag color="red">{t('units.abolished')}</Tag>
          {unit.validTo && (
            <Typography.Text type="secondary">
              {t('units.until', { date: formatDate(unit.validTo) })}
            </Typography.Text>
          )}
        </>
      )}
    </>
  );
}
