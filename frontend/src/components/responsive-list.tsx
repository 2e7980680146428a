import { Card, Empty, Flex, Grid, Spin, type Table as AntdTable } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, type ReactNode, Suspense } from 'react';

// The table (with its filters, selection and sorting) is for wide screens and the pager for long
// lists: both load when they are first shown, so a phone's first screen carries neither (budget: README).
const Table = lazy(() => import('antd/es/table')) as unknown as typeof AntdTable;
const Pagination = lazy(() => import('antd/es/pagination'));

interface ResponsiveListProps<T> {
  items: T[];
  rowKey: (item: T) => string | number;
  /** The table's columns on a wide screen. */
  columns: ColumnsType<T>;
  /** One card per item on a phone, where a table would not fit. */
  renderCard: (item: T) => ReactNode;
  loading: boolean;
  emptyText: string;
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  'aria-label': string;
}

/** A paged list: a table on a desktop, a stack of cards on a phone. `page` counts from 0. */
export function ResponsiveList<T extends object>(props: ResponsiveListProps<T>) {
  const { items, rowKey, columns, renderCard, loading, emptyText, page, pageSize, total } = props;
  const screens = Grid.useBreakpoint();
  const pagination =
    total > pageSize ? (
      <Suspense fallback={null}>
        <Pagination
          size="small"
          align="end"
          current={page + 1}
          pageSize={pageSize}
          total={total}
          showSizeChanger={false}
          onChange={(next) => props.onPageChange(next - 1)}
        />
      </Suspense>
    ) : null;

  if (screens.md) {
    return (
      <Flex vertical gap="small">
        <Suspense fallback={<Spin spinning>{<div style={{ minHeight: 120 }} />}</Spin>}>
          <Table<T>
            aria-label={props['aria-label']}
            size="small"
            rowKey={rowKey}
            columns={columns}
            dataSource={items}
            loading={loading}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />,
            }}
          />
        </Suspense>
        {pagination}
      </Flex>
    );
  }

  return (
    <Spin spinning={loading}>
      <Flex vertical gap="small" role="list" aria-label={props['aria-label']}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        ) : (
          items.map((item) => (
            <Card key={rowKey(item)} size="small" role="listitem">
              {renderCard(item)}
            </Card>
          ))
        )}
        {pagination}
      </Flex>
    </Spin>
  );
}
