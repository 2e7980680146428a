import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { type CurrentUser, useCurrentUser } from '@/features/current-user/api/current-user';

/** A screen drawn once /api/v1/me says who is looking (a skeleton before, the error with a retry). */
export function WithCurrentUser({ render }: { render: (user: CurrentUser) => ReactNode }) {
  const currentUser = useCurrentUser();
  if (currentUser.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  return <>{render(currentUser.data)}</>;
}

/** A path parameter as a record id, or undefined when it is not one (the route shows "not found"). */
export function useIdParam(name: string): number | undefined {
  const value = useParams()[name];
  const id = Number(value);
  return Number.isInteger(id) && id >= 1 ? id : undefined;
}
