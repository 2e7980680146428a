import { Spinner } from '@/components/light/light';

/** A whole page waiting for something (the login check, a route's first data). */
export function PageLoading({ label }: { label: string }) {
  return (
    <div className="l-page-loading">
      <Spinner large label={label} />
      <span className="l-muted">{label}</span>
    </div>
  );
}
