import { lazy, type ReactNode, Suspense } from 'react';

const AntdScope = lazy(() => import('@/components/antd-scope'));

/**
 * What is drawn with antd, inside antd's theme and language, loaded when it is first shown: the
 * first screen and the frame are not (budget: README). `fallback` shows meanwhile.
 */
export function WithAntd({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return (
    <Suspense fallback={fallback}>
      <AntdScope>{children}</AntdScope>
    </Suspense>
  );
}
