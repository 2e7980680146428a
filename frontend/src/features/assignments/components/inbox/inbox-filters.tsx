import { FilterOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Input, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { type ReactElement, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORT_SORTS,
  type ReportSlot,
  type ReportSort,
  useDirectiveChoices,
  useTaskChoices,
} from '@/features/assignments/api/reports';
import {
  FILTER_KEYS,
  type InboxView,
  PERIOD_KINDS,
  type PeriodKind,
  type Queue,
  QUEUES,
} from '@/features/assignments/components/inbox/use-inbox-view';
import { useDebouncedText } from '@/features/assignments/components/inbox/use-debounced-text';
import { DATE_FORMAT } from '@/lib/dates';

/**
 * Renders a picker of one organization (the picker belongs to another feature; the route gives
 * it). `known` names the organizations on screen, so that a value read from the URL shows a name.
 */
export type OrganizationFilter = (props: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  known: { id: number; code: string; name: string }[];
  'aria-label': string;
}) => ReactElement;

function DirectiveFilter({
  value,
  onChange,
  items,
}: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  items: ReportSlot[];
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [used, setUsed] = useState(false);
  const q = useDebouncedText(typed.trim());
  const found = useDirectiveChoices(q, used);
  const options = useMemo(() => {
    const byId = new Map<number, string>();
    for (const d of found.data ?? []) {
      byId.set(d.id, d.number?.text ? `${d.number.text} · ${d.subject}` : d.subject);
    }
    for (const s of items) {
      if (s.directiveId && s.directiveNumber && !byId.has(s.directiveId)) {
        byId.set(s.directiveId, s.directiveNumber);
      }
    }
    if (value && !byId.has(value)) {
      byId.set(value, t('inboxList.filters.directiveId', { id: value }));
    }
    return [...byId].map(([id, label]) => ({ value: id, label }));
  }, [found.data, items, value, t]);
  return (
    <Select<number>
      aria-label={t('inboxList.filters.directive')}
      placeholder={t('inboxList.filters.directive')}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setUsed(true);
          setTyped(text);
        },
      }}
      onOpenChange={(open) => open && setUsed(true)}
      allowClear
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      loading={found.isFetching}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, flex: '1 1 180px' }}
    />
  );
}

function TaskFilter({
  value,
  directiveId,
  onChange,
  items,
}: {
  value: number | undefined;
  directiveId: number | undefined;
  onChange: (value: number | undefined) => void;
  items: ReportSlot[];
}) {
  const { t } = useTranslation();
  const tasks = useTaskChoices(directiveId);
  const options = useMemo(() => {
    const byId = new Map<number, string>();
    // a directive's tasks once one is chosen; otherwise those of the reports on screen
    for (const task of tasks.data ?? []) {
      byId.set(task.id, `${task.ordinal}. ${task.title}`);
    }
    if (!directiveId) {
      for (const s of items) {
        byId.set(s.taskId, `${s.ordinal}. ${s.title}`);
      }
    }
    if (value && !byId.has(value)) {
      byId.set(value, t('inboxList.filters.taskId', { id: value }));
    }
    return [...byId].map(([id, label]) => ({ value: id, label }));
  }, [tasks.data, items, directiveId, value, t]);
  return (
    <Select<number>
      aria-label={t('inboxList.filters.task')}
      placeholder={t('inboxList.filters.task')}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      loading={tasks.isFetching}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, flex: '1 1 180px' }}
    />
  );
}

/**
 * The inbox's search box, queue, filters and order. On a phone the filters fold behind a button
 * that counts those in use.
 */
export function InboxFilters({
  view,
  update,
  items,
  wide,
  renderOrganizationFilter,
}: {
  view: InboxView;
  update: (patch: Partial<InboxView>, options?: { replace?: boolean }) => void;
  items: ReportSlot[];
  wide: boolean;
  renderOrganizationFilter: OrganizationFilter;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(view.q);
  const settled = useDebouncedText(text);
  const [unfolded, setUnfolded] = useState(false);
  const inUse = FILTER_KEYS.filter((k) => k !== 'q' && view[k] !== undefined).length;

  useEffect(() => {
    if (settled.trim() !== view.q.trim()) {
      update({ q: settled.trim() }, { replace: true });
    }
    // only a settled change of the box is sent; the URL's own changes come back through `view`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const known = useMemo(
    () => [...new Map(items.map((s) => [s.organization.id, s.organization])).values()],
    [items],
  );

  const filters = (
    <Flex wrap gap={8} data-testid="inbox-filters">
      <DirectiveFilter
        value={view.directiveId}
        items={items}
        onChange={(directiveId) => update({ directiveId, taskId: undefined })}
      />
      <TaskFilter
        value={view.taskId}
        directiveId={view.directiveId}
        items={items}
        onChange={(taskId) => update({ taskId })}
      />
      <div style={{ minWidth: 200, flex: '1 1 200px' }}>
        {renderOrganizationFilter({
          value: view.organizationId,
          onChange: (organizationId) => update({ organizationId }),
          known,
          'aria-label': t('inboxList.filters.organization'),
        })}
      </div>
      <Select<PeriodKind>
        aria-label={t('inboxList.filters.period')}
        placeholder={t('inboxList.filters.period')}
        allowClear
        value={view.period}
        onChange={(period) => update({ period: period ?? undefined })}
        options={PERIOD_KINDS.map((p) => ({ value: p, label: t(`inboxList.periods.${p}`) }))}
        style={{ minWidth: 130, flex: '0 1 150px' }}
      />
      <DatePicker.RangePicker
        aria-label={t('inboxList.filters.due')}
        placeholder={[t('inboxList.filters.dueFrom'), t('inboxList.filters.dueTo')]}
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        value={[view.dueFrom ? dayjs(view.dueFrom) : null, view.dueTo ? dayjs(view.dueTo) : null]}
        onChange={(range) =>
          update({
            dueFrom: range?.[0]?.format('YYYY-MM-DD'),
            dueTo: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        style={{ minWidth: 220, flex: '1 1 240px' }}
      />
      <Checkbox
        checked={view.late ?? false}
        onChange={(e) => update({ late: e.target.checked ? true : undefined })}
        style={{ alignSelf: 'center' }}
      >
        {t('inboxList.filters.late')}
      </Checkbox>
      {inUse + (view.q ? 1 : 0) > 0 && (
        <Button
          type="link"
          onClick={() => {
            setText('');
            update(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
          }}
        >
          {t('inboxList.filters.clear')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          aria-label={t('inboxList.search')}
          placeholder={t('inboxList.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => {
            setText(value);
            update({ q: value.trim() }, { replace: true });
          }}
          style={{ flex: '1 1 260px', minWidth: 0 }}
        />
        <Select<ReportSort>
          aria-label={t('inboxList.sort.label')}
          value={view.sort ?? 'submittedAt'}
          onChange={(sort) => update({ sort: sort === 'submittedAt' ? undefined : sort })}
          options={REPORT_SORTS.map((s) => ({ value: s, label: t(`inboxList.sort.${s}`) }))}
          popupMatchSelectWidth={false}
          style={{ flex: '0 1 200px', minWidth: 150 }}
        />
        {!wide && (
          <Button
            icon={<FilterOutlined />}
            aria-expanded={unfolded}
            onClick={() => setUnfolded((u) => !u)}
          >
            {inUse > 0
              ? t('inboxList.filters.toggleCount', { count: inUse })
              : t('inboxList.filters.toggle')}
          </Button>
        )}
      </Flex>
      <Segmented<Queue>
        block={!wide}
        value={view.status}
        onChange={(status) => update({ status })}
        options={QUEUES.map((value) => ({ value, label: t(`inbox.queues.${value}`) }))}
        style={{ alignSelf: wide ? 'start' : undefined }}
      />
      {(wide || unfolded) && filters}
    </Flex>
  );
}
