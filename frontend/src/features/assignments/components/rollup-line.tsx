import { useTranslation } from 'react-i18next';
import { Muted } from '@/components/light/light';
import type { Assignment } from '@/features/assignments/api/assignments';

/** How far the units below have got: "done 1/4, 35 % on average". */
export function RollupLine({ rollup }: { rollup: NonNullable<Assignment['rollup']> }) {
  const { t } = useTranslation();
  return (
    <Muted>
      {t('subAssignments.rollup', {
        done: rollup.done,
        count: rollup.subAssignments,
        progress: rollup.progress,
      })}
    </Muted>
  );
}
