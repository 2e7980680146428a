import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bucket } from '@/features/assignments/api/assignments';

export const BUCKET_COLORS: Record<Bucket, string> = {
  OPEN_OVERDUE: '#cf1322',
  OPEN_IN_TIME: '#1677ff',
  DONE_LATE: '#d48806',
  DONE_ON_TIME: '#389e0d',
};

/** One of the four buckets, in the colour the dashboard uses for it. */
export function BucketTag({ bucket }: { bucket: Bucket }) {
  const { t } = useTranslation();
  return <Tag color={BUCKET_COLORS[bucket]}>{t(`enums.Bucket.${bucket}`)}</Tag>;
}
