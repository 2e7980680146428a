import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import AuditOutlined from '@ant-design/icons-svg/es/asn/AuditOutlined';
import BarChartOutlined from '@ant-design/icons-svg/es/asn/BarChartOutlined';
import BarsOutlined from '@ant-design/icons-svg/es/asn/BarsOutlined';
import CheckOutlined from '@ant-design/icons-svg/es/asn/CheckOutlined';
import CheckSquareOutlined from '@ant-design/icons-svg/es/asn/CheckSquareOutlined';
import CloseOutlined from '@ant-design/icons-svg/es/asn/CloseOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import MenuOutlined from '@ant-design/icons-svg/es/asn/MenuOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { OutboxMount } from '@/app/layout/outbox-mount';
import '@/app/layout/app-layout.css';
import { LanguageSwitch } from '@/components/language-switch';
import { Icon } from '@/components/light/icon';
import { Button, CountBadge } from '@/components/light/light';
import { LogoutButton } from '@/components/logout-button';
import { NetworkBanner } from '@/components/network-banner';
import { useMyDigest } from '@/features/assignments/api/assignments';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { CurrentUserSummary } from '@/features/current-user/components/current-user-summary';
import { useAtLeast } from '@/lib/layout/use-media-query';

interface NavItem {
  path: string;
  icon: IconDefinition;
  label: string;
  badge?: number;
}

/** The app's screens, as links; the current one is marked for the eye and for screen readers. */
function Navigation({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // the longest path that starts the address: /models/inbox is not /models
  const current = items
    .filter((item) => pathname.startsWith(item.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  return (
    <nav aria-label={t('nav.label')} className="shell__nav">
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <Link
              to={item.path}
              className="shell__nav-link"
              aria-current={item.path === current ? 'page' : undefined}
              onClick={onNavigate}
            >
              <Icon icon={item.icon} />
              <span className="shell__nav-label">{item.label}</span>
              {item.badge !== undefined && (
                <CountBadge count={item.badge} title={t('digest.badge', { count: item.badge })} />
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The phone's menu: a panel over the page, closed by its button, Escape or a tap beside it. */
function MenuPanel({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="shell__overlay" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('nav.menu')}
        className="shell__panel"
        onClick={(event) => event.stopPropagation()}
      >
        <div className="shell__panel-head">
          <strong>{t('nav.menu')}</strong>
          <Button
            ref={closeButton}
            variant="text"
            aria-label={t('common.close')}
            icon={<Icon icon={CloseOutlined} />}
            onClick={onClose}
          />
        </div>
        <div className="shell__panel-body">{children}</div>
      </div>
    </div>
  );
}

/**
 * The frame of every signed-in page: header, navigation (a panel on phones) and content. Drawn
 * without antd, like the reporter's first screen inside it (budget: README "Web app budget").
 */
export function AppLayout() {
  const { t } = useTranslation();
  const isDesktop = useAtLeast('lg');
  const isTablet = useAtLeast('md');
  const [menuOpen, setMenuOpen] = useState(false);

  const roles = useCurrentUser().data?.roles ?? [];
  // the monitoring body reviews reports; leaders read them
  const reviews = roles.some((role) => role === 'editor' || role === 'admin' || role === 'leader');
  // the appraising body appraises "Dân vận khéo" models; its editors decide on them
  const appraises = roles.some(
    (role) => role === 'appraiser' || role === 'editor' || role === 'admin',
  );
  // those who read the movement's results; a reporter may open the funnel of their commune too
  const readsFunnel = roles.some(
    (role) => role === 'leader' || role === 'editor' || role === 'appraiser' || role === 'admin',
  );
  // the recognition titles and their criteria sets: read by every role of a person
  const readsCriteria = roles.some(
    (role) => role === 'admin' || role === 'editor' || role === 'appraiser' || role === 'leader',
  );
  // a leader's targets page: leaders, and the editors and admins who set the targets
  const readsTargets = roles.some(
    (role) => role === 'leader' || role === 'editor' || role === 'admin',
  );
  const reminders = useMyDigest().data?.items.length ?? 0;

  const items: NavItem[] = [
    { path: '/work', icon: CheckSquareOutlined, label: t('nav.work'), badge: reminders },
    { path: '/summary', icon: BarChartOutlined, label: t('nav.summary') },
    ...(reviews ? [{ path: '/reports', icon: AuditOutlined, label: t('nav.inbox') }] : []),
    { path: '/models', icon: BarsOutlined, label: t('models.nav.list') },
    ...(appraises
      ? [{ path: '/models/inbox', icon: CheckOutlined, label: t('models.nav.inbox') }]
      : []),
    ...(readsFunnel
      ? [{ path: '/models/funnel', icon: BarChartOutlined, label: t('models.nav.funnel') }]
      : []),
    { path: '/recognition', icon: AuditOutlined, label: t('recognition.nav.list') },
    ...(readsFunnel
      ? [{ path: '/recognition/counts', icon: BarChartOutlined, label: t('recognitionCounts.nav') }]
      : []),
    ...(readsCriteria
      ? [{ path: '/criteria', icon: BarsOutlined, label: t('criteria.nav.titles') }]
      : []),
    { path: '/rural', icon: ApartmentOutlined, label: t('rural.nav') },
    ...(readsTargets
      ? [{ path: '/targets', icon: BarChartOutlined, label: t('targets.nav') }]
      : []),
    { path: '/surveys', icon: CheckSquareOutlined, label: t('surveys.nav') },
    { path: '/directives', icon: FileTextOutlined, label: t('nav.directives') },
    { path: '/units', icon: ApartmentOutlined, label: t('nav.units') },
  ];

  return (
    <div className="shell">
      <header className="shell__header">
        {!isDesktop && (
          <CountBadge count={reminders} title={t('digest.badge', { count: reminders })}>
            <Button
              variant="text"
              className="shell__icon-button"
              aria-label={t('nav.openMenu')}
              icon={<Icon icon={MenuOutlined} />}
              onClick={() => setMenuOpen(true)}
            />
          </CountBadge>
        )}
        <Link to="/" className="shell__brand">
          <span className="shell__name">{t('app.name')}</span>
          {isDesktop && <span className="shell__tagline">{t('app.tagline')}</span>}
        </Link>
        <div className="shell__tools">
          {isTablet && <CurrentUserSummary inverted />}
          <OutboxMount />
          <LanguageSwitch />
          <LogoutButton withLabel={isDesktop} />
        </div>
      </header>
      <NetworkBanner />
      <div className="shell__body">
        {isDesktop && (
          <aside className="shell__sider">
            <Navigation items={items} />
          </aside>
        )}
        <main className="shell__content">
          <Outlet />
        </main>
      </div>
      {!isDesktop && menuOpen && (
        <MenuPanel onClose={() => setMenuOpen(false)}>
          <CurrentUserSummary />
          <Navigation items={items} onNavigate={() => setMenuOpen(false)} />
        </MenuPanel>
      )}
    </div>
  );
}
