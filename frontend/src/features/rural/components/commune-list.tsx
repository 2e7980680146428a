import { Flex, Input, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListHeading, PagedResults } from '@/components/list-page';
import {
  type RuralCommuneRow,
  type RuralLevelFilter,
  useRuralCommunes,
} from '@/features/rural/api/rural';
import { RuralLevelTag } from '@/features/rural/components/rural-level-tag';
import { formatDate } from '@/lib/dates';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

const PAGE_SIZE = 20;
const LEVELS = [
  'NONE',
  'STANDARD',
  'ADVANCED',
  'MODEL',
  'MODERN',
] as const satisfies RuralLevelFilter[];
const KINDS = ['COMMUNE', 'WARD', 'SPECIAL_ZONE'] as const;
type Kind = (typeof KINDS)[number];
const YEARS_BACK = 6;

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/** The decision behind the level (number and date), the commune's own. */
function DecisionLine({ row }: { row: RuralCommuneRow }) {
  const { t } = useTranslation('rural');
  if (!row.levelDecisionNumber) {
    return null;
  }
  return (
    <Typography.Text type="secondary">
      {t('list.decision', {
        number: row.levelDecisionNumber,
        date: formatDate(row.levelSignedOn),
      })}
    </Typography.Text>
  );
}

/**
 * The former communes its records follow (the 2025 reform): "2/3 xã cũ đạt chuẩn khi sắp xếp" —
 * history, not its level; with no level of its own yet, "chưa có quyết định thừa nhận".
 */
function FormerLine({ row }: { row: RuralCommuneRow }) {
  const { t } = useTranslation('rural');
  const former = row.formerCommunes ?? 0;
  if (former === 0) {
    return null;
  }
  const recognized = row.formerCommunesRecognized ?? 0;
  return (
    <Typography.Text type="secondary" data-testid="rural-former">
      {t('list.formerRecognized', { recognized, former })}
      {!row.level && recognized > 0 && (
        <>
          {' · '}
          <Typography.Text type="warning">{t('list.noAcknowledgement')}</Typography.Text>
        </>
      )}
    </Typography.Text>
  );
}

/**
 * "Nông thôn mới": the communes of the caller's scope with the NTM level in force (coloured), the
 * group of the period and the criteria met in the year; filters (year, level, group, kind, a name
 * with or without diacritics) and the page live in the address. A commune formed by the 2025
 * reform holds a level only by its own decision; its former communes' titles are counted beside it.
 */
export function CommuneList() {
  const { t } = useTranslation(['translation', 'rural']);
  const filters = useUrlFilters();
  const thisYear = dayjs().year();
  const year = filters.number('year') ?? thisYear;
  const level = filters.text('level');
  const kind = filters.text('kind');
  const group = filters.number('group');
  const q = filters.text('q');
  const communes = useRuralCommunes({
    year,
    ...(isOneOf(LEVELS, level) ? { level } : {}),
    ...(group ? { group } : {}),
    ...(isOneOf<Kind>(KINDS, kind) ? { kind } : {}),
    ...(q ? { q } : {}),
    page: filters.page,
    size: PAGE_SIZE,
  });

  const name = (row: RuralCommuneRow) => (
    <Link to={`/rural/communes/${row.commune.id}?to=${year}`}>{row.commune.name}</Link>
  );
  const criteria = (row: RuralCommuneRow) =>
    t('rural:list.criteriaMet', { met: row.criteriaMet, count: row.criteriaCount });
  const groupText = (row: RuralCommuneRow) =>
    row.group ? t('rural:group', { group: row.group }) : t('rural:noGroup');

  const columns: ColumnsType<RuralCommuneRow> = [
    { title: t('rural:list.commune'), key: 'commune', render: (_, row) => name(row) },
    { title: t('rural:list.group'), key: 'group', render: (_, row) => groupText(row) },
    {
      title: t('rural:list.level'),
      key: 'level',
      render: (_, row) => (
        <Flex vertical gap={2} align="start">
          <RuralLevelTag level={row.level} />
          <DecisionLine row={row} />
          <FormerLine row={row} />
        </Flex>
      ),
    },
    {
      title: t('rural:list.criteria', { year }),
      key: 'criteria',
      render: (_, row) => criteria(row),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <ListHeading title={t('rural:list.title')} />
      <Flex gap={8} wrap>
        <FilterSelect<number>
          label={t('rural:list.year')}
          placeholder={t('rural:list.year')}
          value={year}
          width={100}
          grow={0}
          options={Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
          onChange={(next) => filters.update({ year: next ? String(next) : undefined })}
        />
        <FilterSelect<string>
          label={t('rural:list.level')}
          placeholder={t('rural:list.allLevels')}
          value={isOneOf(LEVELS, level) ? level : undefined}
          options={LEVELS.map((l) => ({ value: l, label: t(`rural:level.${l}`) }))}
          onChange={(next) => filters.update({ level: next })}
        />
        <FilterSelect<number>
          label={t('rural:list.group')}
          placeholder={t('rural:list.allGroups')}
          value={group}
          width={110}
          options={[1, 2, 3].map((g) => ({ value: g, label: t('rural:group', { group: g }) }))}
          onChange={(next) => filters.update({ group: next ? String(next) : undefined })}
        />
        <FilterSelect<string>
          label={t('rural:list.kind')}
          placeholder={t('rural:list.allKinds')}
          value={isOneOf<Kind>(KINDS, kind) ? kind : undefined}
          width={120}
          options={KINDS.map((k) => ({ value: k, label: t(`rural:kind.${k}`) }))}
          onChange={(next) => filters.update({ kind: next })}
        />
        <Input.Search
          aria-label={t('rural:list.search')}
          placeholder={t('rural:list.search')}
          defaultValue={q}
          allowClear
          style={{ flex: '2 1 200px' }}
          onSearch={(value) => filters.update({ q: value.trim() })}
        />
      </Flex>
      <PagedResults<RuralCommuneRow>
        query={communes}
        label={t('rural:list.title')}
        countText={(total) => t('rural:list.count', { count: total })}
        emptyText={t('rural:list.empty')}
        columns={columns}
        rowKey={(row) => row.commune.id}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => filters.update({ page: String(page) })}
        renderCard={(row) => (
          <Flex vertical gap={4} data-testid="rural-commune">
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong>{name(row)}</Typography.Text>
              <RuralLevelTag level={row.level} />
            </Flex>
            <Typography.Text type="secondary">
              {groupText(row)} · {criteria(row)}
            </Typography.Text>
            <DecisionLine row={row} />
            <FormerLine row={row} />
          </Flex>
        )}
      />
    </Flex>
  );
}
