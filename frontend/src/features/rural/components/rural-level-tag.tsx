import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuralLevel } from '@/features/rural/api/rural';

/** The colour of each NTM level, "chưa đạt" grey: the list reads at a glance. */
export const LEVEL_COLORS: Record<RuralLevel | 'NONE', string> = {
  NONE: 'default',
  STANDARD: 'green',
  ADVANCED: 'blue',
  MODEL: 'purple',
  MODERN: 'gold',
};

/** A commune's NTM level in force ("Đạt chuẩn NTM", "NTM nâng cao" …), or "Chưa đạt chuẩn". */
export function RuralLevelTag({ level }: { level: RuralLevel | undefined }) {
  const { t } = useTranslation('rural');
  const key = level ?? 'NONE';
  return (
    <Tag color={LEVEL_COLORS[key]} data-testid="rural-level">
      {t(`level.${key}`)}
    </Tag>
  );
}
