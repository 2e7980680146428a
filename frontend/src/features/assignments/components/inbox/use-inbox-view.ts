import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  REPORT_SORTS,
  type ReportListParams,
  type ReportSort,
} from '@/features/assignments/api/reports';

export type Queue = 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';
export type PeriodKind = NonNullable<ReportListParams['period']>;

export const QUEUES: Queue[] = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];
export const PERIOD_KINDS: PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];
export const INBOX_PAGE_SIZE = 20;

/**
 * What the inbox shows, read from and written to the URL's query string, so that a link (or a
 * reload) reproduces the view: `?taskId=41&period=QUARTER&late=true&q=ấp&sort=-submittedAt`.
 */
export interface InboxView {
  status: Queue;
  q: string;
  taskId?: number;
  directiveId?: number;
  organizationId?: number;
  period?: PeriodKind;
  late?: boolean;
  dueFrom?: string;
  dueTo?: string;
  sort?: ReportSort;
  /** From 0 (the URL counts from 1). */
  page: number;
  /** The report open in the detail pane or drawer. */
  report?: number;
}

/** The filters a user sets (what "clear filters" clears): not status, sort, page or the report. */
export const FILTER_KEYS = [
  'q',
  'taskId',
  'directiveId',
  'organizationId',
  'period',
  'late',
  'dueFrom',
  'dueTo',
] as const;

function id(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function day(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export function parseView(params: URLSearchParams): InboxView {
  const page = id(params.get('page'));
  return {
    status: oneOf(params.get('status'), QUEUES) ?? 'SUBMITTED',
    q: params.get('q') ?? '',
    taskId: id(params.get('taskId')),
    directiveId: id(params.get('directiveId')),
    organizationId: id(params.get('organizationId')),
    period: oneOf(params.get('period'), PERIOD_KINDS),
    late: params.get('late') === 'true' ? true : undefined,
    dueFrom: day(params.get('dueFrom')),
    dueTo: day(params.get('dueTo')),
    sort: oneOf(params.get('sort'), REPORT_SORTS),
    page: page ? page - 1 : 0,
    report: id(params.get('report')),
  };
}

function writeView(view: InboxView): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '' && value !== false) {
      params.set(key, String(value));
    }
  };
  put('status', view.status === 'SUBMITTED' ? undefined : view.status);
  for (const key of FILTER_KEYS) {
    put(key, view[key]);
  }
  put('sort', view.sort);
  put('page', view.page > 0 ? view.page + 1 : undefined);
  put('report', view.report);
  return params;
}

/** The request for the view: GET /api/v1/reports?inbox=true&… */
export function listParams(view: InboxView): ReportListParams {
  return {
    inbox: true,
    status: view.status,
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.taskId ? { taskId: view.taskId } : {}),
    ...(view.directiveId ? { directiveId: view.directiveId } : {}),
    ...(view.organizationId ? { organizationId: view.organizationId } : {}),
    ...(view.period ? { period: view.period } : {}),
    ...(view.late ? { late: true } : {}),
    ...(view.dueFrom ? { dueFrom: view.dueFrom } : {}),
    ...(view.dueTo ? { dueTo: view.dueTo } : {}),
    ...(view.sort ? { sort: view.sort } : {}),
    page: view.page,
    size: INBOX_PAGE_SIZE,
  };
}

/**
 * The inbox's view and a way to change it. A change of anything but the page or the open report
 * goes back to the first page; typing in the search box replaces the history entry instead of
 * adding one per word.
 */
export function useInboxView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (patch: Partial<InboxView>, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const before = parseView(current);
          const resets = Object.keys(patch).some((k) => k !== 'page' && k !== 'report');
          return writeView({ ...before, ...(resets ? { page: 0 } : {}), ...patch });
        },
        { replace },
      );
    },
    [setParams],
  );
  return { view, update };
}
