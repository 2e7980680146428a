import type {
  AssignmentSummary,
  Bucket,
  BucketCounts,
} from '@/features/assignments/api/assignments';

export type OrganizationRef = AssignmentSummary['rows'][number]['organization'];

/** The count of each bucket in BucketCounts. */
export const COUNT_OF: Record<Bucket, keyof BucketCounts> = {
  OPEN_OVERDUE: 'openOverdue',
  OPEN_IN_TIME: 'openInTime',
  DONE_LATE: 'doneLate',
  DONE_ON_TIME: 'doneOnTime',
};

/** One organization's row of the summary, with each bucket's share of its tasks (0–1). */
export interface RankedRow {
  organization: OrganizationRef;
  counts: BucketCounts;
  share: Record<Bucket, number>;
}

function shareOf(counts: BucketCounts): Record<Bucket, number> {
  const total = counts.total || 1;
  return {
    OPEN_OVERDUE: counts.openOverdue / total,
    OPEN_IN_TIME: counts.openInTime / total,
    DONE_LATE: counts.doneLate / total,
    DONE_ON_TIME: counts.doneOnTime / total,
  };
}

export function withShares(organization: OrganizationRef, counts: BucketCounts): RankedRow {
  return { organization, counts, share: shareOf(counts) };
}

/**
 * The largest problems first: the share of tasks overdue, then how many are overdue, then the
 * share and the number done late; the larger organization first, then by name.
 */
export function compareByProblems(a: RankedRow, b: RankedRow): number {
  return (
    b.share.OPEN_OVERDUE - a.share.OPEN_OVERDUE ||
    b.counts.openOverdue - a.counts.openOverdue ||
    b.share.DONE_LATE - a.share.DONE_LATE ||
    b.counts.doneLate - a.counts.doneLate ||
    b.counts.total - a.counts.total ||
    a.organization.name.localeCompare(b.organization.name, 'vi')
  );
}

/** The summary's organizations, largest problems first. */
export function rankByProblems(summary: AssignmentSummary): RankedRow[] {
  return summary.rows
    .map((row) => withShares(row.organization, row.counts))
    .sort(compareByProblems);
}

/** "3 (43 %)": a count with its share of the organization's tasks. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
