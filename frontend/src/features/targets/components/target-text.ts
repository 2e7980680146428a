import type { TFunction } from 'i18next';
import type { Target } from '@/features/targets/api/targets';

/** A number in the reader's language: 85,3 in Vietnamese, 85.3 in English. */
export function decimal(value: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 });
}

/** The target as set: "100%", "≥ 30", "7–9". */
export function valueText(target: Target, language: string): string {
  const unit = target.expression === 'SHARE' ? '%' : '';
  const min = `${decimal(target.valueMin, language)}${unit}`;
  return target.valueMax !== undefined && target.valueMax !== target.valueMin
    ? `${decimal(target.valueMin, language)}–${decimal(target.valueMax, language)}${unit}`
    : min;
}

/** The target in words: as the document words it, else made from its measure. */
export function targetName(target: Target, t: TFunction<['translation', 'targets']>): string {
  if (target.wording) {
    return target.wording;
  }
  if (target.measure === 'UNITS_WITH_TITLE') {
    return t('targets:measure.UNITS_WITH_TITLE', {
      group: t(`targets:unitGroup.${target.unitGroup ?? 'COMMUNES'}`),
      level: t(`targets:titleLevel.${target.titleLevel ?? 'STANDARD'}`),
    });
  }
  return target.measure === 'RECOGNIZED_AREAS'
    ? t('targets:measure.RECOGNIZED_AREAS', { title: target.title?.name ?? '' })
    : t('targets:measure.RECOGNIZED_MODELS');
}

/** "87 trên 102 (85,3%)", or the count alone for a count of areas or models; empty when unmeasured. */
export function progressText(
  target: Target,
  t: TFunction<['translation', 'targets']>,
  language: string,
): string {
  const p = target.progress;
  if (p.status === 'NOT_MEASURABLE' || p.counted === undefined) {
    return '';
  }
  return p.of !== undefined && p.share !== undefined
    ? t('targets:progressOf', {
        counted: p.counted,
        of: p.of,
        share: decimal(p.share, language),
      })
    : t('targets:progressCount', { counted: p.counted });
}

/** How far along, 0–100, for a gauge: the share against a share target, else the count against its value. */
export function gaugePercent(target: Target): number {
  const p = target.progress;
  if (p.status === 'NOT_MEASURABLE' || p.counted === undefined) {
    return 0;
  }
  const reached =
    target.expression === 'SHARE'
      ? ((p.share ?? 0) / Math.max(target.valueMin, 0.1)) * 100
      : (p.counted / Math.max(target.valueMin, 1)) * 100;
  return Math.min(100, Math.round(reached * 10) / 10);
}
