import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/light/light';
import type { Bucket } from '@/features/assignments/api/assignments';

/**
 * Red, blue, amber-brown, green: each at least 4.5:1 against white (white text on a tag, a bar
 * on a white page), and the two "done" colours told apart by more than hue.
 */
export const BUCKET_COLORS: Record<Bucket, string> = {
  OPEN_OVERDUE: '#cf1322',
  OPEN_IN_TIME: '#0958d9',
  DONE_LATE: '#ad4e00',
  DONE_ON_TIME: '#237804',
};

/** One of the four buckets, in the colour the dashboard uses for it. */
export function BucketTag({ bucket }: { bucket: Bucket }) {
  const { t } = useTranslation();
  return <Tag color={BUCKET_COLORS[bucket]}>{t(`enums.Bucket.${bucket}`)}</Tag>;
}
