import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';

/** A list page's heading, with the button that makes a new record when the user may. */
export function ListHeading({
  title,
  create,
}: {
  title: string;
  /** Where "new" leads and what it says; omitted when the user may not create. */
  create?: { to: string; label: string } | undefined;
}) {
  return (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {create && (
        <Link to={create.to}>
          <Button type="primary" icon={<PlusOutlined />}>
            {create.label}
          </Button>
        </Link>
      )}
    </Flex>
  );
}

/**
 * One filter of a list: a select that wraps with the others on a phone, labelled for screen
 * readers, cleared back to "all".
 */
export function FilterSelect<V extends string | number>({
  label,
  placeholder,
  value,
  options,
  onChange,
  width = 150,
  grow = 1,
  disabled,
  loading,
}: {
  label: string;
  placeholder: string;
  value: V | undefined;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  width?: number;
  grow?: number;
  disabled?: boolean;
  loading?: boolean;
}) {
  return (
    <Select<V>
      aria-label={label}
      allowClear
      placeholder={placeholder}
      style={{ minWidth: width, flex: `${grow} 1 ${width}px` }}
      value={value}
      disabled={disabled}
      loading={loading}
      onChange={(next?: V) => onChange(next)}
      options={options}
    />
  );
}

interface Paged<T> {
  items: T[];
  total: number;
}

/**
 * A page of a list query: its error with a retry, the count, then the list (a table on a desktop,
 * cards on a phone). `page` counts from 0.
 */
export function PagedResults<T extends object>({
  query,
  label,
  countText,
  emptyText,
  columns,
  renderCard,
  rowKey,
  page,
  pageSize,
  onPageChange,
}: {
  query: UseQueryResult<Paged<T>>;
  label: string;
  countText: (total: number) => string;
  emptyText: string;
  columns: ColumnsType<T>;
  renderCard: (item: T) => ReactNode;
  rowKey: (item: T) => string | number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}) {
  if (query.isError) {
    return <QueryError error={query.error} onRetry={() => void query.refetch()} compact />;
  }
  return (
    <>
      {query.data && (
        <Typography.Text type="secondary">{countText(query.data.total)}</Typography.Text>
      )}
      <ResponsiveList<T>
        aria-label={label}
        items={query.data?.items ?? []}
        rowKey={rowKey}
        columns={columns}
        loading={query.isFetching && !query.data}
        emptyText={emptyText}
        page={page}
        pageSize={pageSize}
        total={query.data?.total ?? 0}
        onPageChange={onPageChange}
        renderCard={renderCard}
      />
    </>
  );
}
