import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode, Ref } from 'react';
import '@/components/light/light.css';

/*
 * The few plain components of the first screen a reporter sees ("Việc của đơn vị") and of the
 * frame around every screen: drawn with CSS in antd's look (light.css), so that screen loads
 * without antd's runtime (budget: README "Web app budget"). Every other screen uses antd.
 */

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'text';
  size?: 'small' | 'middle';
  danger?: boolean;
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'default',
  size = 'middle',
  danger = false,
  icon,
  children,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'l-btn',
        `l-btn--${variant}`,
        size === 'small' && 'l-btn--small',
        danger && 'l-btn--danger',
        !children && 'l-btn--icon-only',
        className,
      )}
      {...rest}
    >
      {icon}
      {children !== undefined && children !== null && <span>{children}</span>}
    </button>
  );
}

/** antd's preset tag colours: [text, background, border]. */
const PRESETS: Record<string, [string, string, string]> = {
  red: ['#cf1322', '#fff1f0', '#ffa39e'],
  gold: ['#d48806', '#fffbe6', '#ffe58f'],
  orange: ['#d46b08', '#fff7e6', '#ffd591'],
  purple: ['#531dab', '#f9f0ff', '#d3adf7'],
  green: ['#389e0d', '#f6ffed', '#b7eb8f'],
};

/** A tag: a preset colour (light), or any colour (white text on it), as antd's Tag. */
export function Tag({
  color,
  children,
  ...rest
}: { color?: string; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  const preset = color ? PRESETS[color] : undefined;
  const style = preset
    ? { color: preset[0], background: preset[1], borderColor: preset[2] }
    : color
      ? { color: '#fff', background: color, borderColor: 'transparent' }
      : undefined;
  return (
    <span className="l-tag" style={style} {...rest}>
      {children}
    </span>
  );
}

/** How far along: a bar and its percentage. */
export function ProgressBar({ percent, label }: { percent: number; label?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className="l-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-label={label}
    >
      <div className="l-progress__rail">
        <div className="l-progress__bar" style={{ width: `${value}%` }} />
      </div>
      <span className="l-progress__text">{value}%</span>
    </div>
  );
}

export function Card({
  title,
  children,
  className,
  ...rest
}: { title?: ReactNode; children: ReactNode } & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div className={cx('l-card', className)} {...rest}>
      {title && <div className="l-card__head">{title}</div>}
      <div className="l-card__body">{children}</div>
    </div>
  );
}

/** A message on the page: warning, error or success, with a title, a detail and an action. */
export function Notice({
  type,
  title,
  description,
  action,
  banner = false,
  onClose,
  closeLabel,
  ...rest
}: {
  type: 'warning' | 'error' | 'success' | 'info';
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  banner?: boolean;
  onClose?: () => void;
  closeLabel?: string;
} & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div
      role={type === 'error' ? 'alert' : 'status'}
      className={cx('l-notice', `l-notice--${type}`, banner && 'l-notice--banner')}
      {...rest}
    >
      <div className="l-notice__text">
        <div className="l-notice__title">{title}</div>
        {description && <div className="l-notice__description">{description}</div>}
      </div>
      {action}
      {onClose && (
        <button type="button" className="l-notice__close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}

/** Something is loading: a spinning ring, and what it waits for when said. */
export function Spinner({ label, large = false }: { label?: string; large?: boolean }) {
  return (
    <span
      className={cx('l-spinner', large && 'l-spinner--large')}
      role="progressbar"
      aria-busy="true"
      aria-label={label}
    />
  );
}

/** A count on top of something (reminders, the outbox): nothing when it is 0. */
export function CountBadge({
  count,
  title,
  attention = false,
  children,
}: {
  count: number;
  title?: string;
  attention?: boolean;
  children?: ReactNode;
}) {
  const badge =
    count > 0 ? (
      <sup className={cx('l-badge', attention && 'l-badge--attention')} title={title}>
        {count > 99 ? '99+' : count}
      </sup>
    ) : null;
  return children ? (
    <span className="l-badge-wrap">
      {children}
      {badge}
    </span>
  ) : (
    badge
  );
}

export function Muted({ children, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className="l-muted" {...rest}>
      {children}
    </span>
  );
}

/** Grey bars where a list will be, while it loads. */
export function SkeletonLines({ rows = 4, label }: { rows?: number; label?: string }) {
  return (
    <div className="l-skeleton" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="l-skeleton__line" />
      ))}
    </div>
  );
}

/** A whole-page outcome (not found, an error, nothing to show): its title, why, and what next. */
export function ResultPanel({
  status,
  icon,
  title,
  subTitle,
  extra,
  ...rest
}: {
  status: 'warning' | 'error' | 'info';
  icon?: ReactNode;
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div className={cx('l-result', `l-result--${status}`)} {...rest}>
      <div className="l-result__icon" aria-hidden="true">
        {icon ?? (status === 'error' ? '✕' : status === 'warning' ? '!' : 'i')}
      </div>
      <div className="l-result__title">{title}</div>
      {subTitle && <div className="l-result__subtitle">{subTitle}</div>}
      {extra && <div className="l-result__extra">{extra}</div>}
    </div>
  );
}
