import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';

interface ValidityTextProps {
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

/** When a unit, organization or area was in force, e.g. "01/07/2025 – nay". */
export function ValidityText({ validFrom, validTo }: ValidityTextProps) {
  const { t } = useTranslation();
  const from = formatDate(validFrom);
  const to = formatDate(validTo);
  if (from && to) {
    return <>{t('validity.range', { from, to })}</>;
  }
  if (from) {
    return <>{t('validity.range', { from, to: t('common.present') })}</>;
  }
  if (to) {
    return <>{t('validity.to', { to })}</>;
  }
  return <>{t('validity.unknown')}</>;
}
