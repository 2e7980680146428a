import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BarsOutlined,
  CheckOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  LogoutOutlined,
  MenuOutlined,
} from '@ant-design/icons';
import { Badge, Button, Flex, Grid, Layout, Menu, theme, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { OutboxMount } from '@/app/layout/outbox-mount';
import { LanguageSwitch } from '@/components/language-switch';
import { NetworkBanner } from '@/components/network-banner';
import { useMyDigest } from '@/features/assignments/api/assignments';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { CurrentUserSummary } from '@/features/current-user/components/current-user-summary';
import { useGuardedLogout } from '@/lib/auth/use-guarded-logout';

// the phone's menu drawer loads when it is first opened (budget: README)
const Drawer = lazy(() => import('antd/es/drawer'));

/** The frame of every signed-in page: header, navigation (a drawer on phones) and content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const logout = useGuardedLogout();
  const screens = Grid.useBreakpoint();
  const isDesktop = Boolean(screens.lg);
  const location = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerLoaded, setDrawerLoaded] = useState(false);

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
  const remindersBadge = (
    <Badge count={reminders} size="small" title={t('digest.badge', { count: reminders })} />
  );

  const menuItems = [
    {
      key: '/work',
      icon: <CheckSquareOutlined />,
      label: (
        <Flex justify="space-between" align="center" gap="small">
          {t('nav.work')}
          {remindersBadge}
        </Flex>
      ),
    },
    { key: '/summary', icon: <BarChartOutlined />, label: t('nav.summary') },
    ...(reviews ? [{ key: '/reports', icon: <AuditOutlined />, label: t('nav.inbox') }] : []),
    // icons the first screen already carries: the menu adds no icon to it (budget: README)
    { key: '/models', icon: <BarsOutlined />, label: t('models.nav.list') },
    ...(appraises
      ? [{ key: '/models/inbox', icon: <CheckOutlined />, label: t('models.nav.inbox') }]
      : []),
    ...(readsFunnel
      ? [{ key: '/models/funnel', icon: <BarChartOutlined />, label: t('models.nav.funnel') }]
      : []),
    { key: '/recognition', icon: <AuditOutlined />, label: t('recognition.nav.list') },
    ...(readsFunnel
      ? [
          {
            key: '/recognition/counts',
            icon: <BarChartOutlined />,
            label: t('recognitionCounts.nav'),
          },
        ]
      : []),
    ...(readsCriteria
      ? [{ key: '/criteria', icon: <BarsOutlined />, label: t('criteria.nav.titles') }]
      : []),
    { key: '/rural', icon: <ApartmentOutlined />, label: t('rural.nav') },
    ...(readsTargets
      ? [{ key: '/targets', icon: <BarChartOutlined />, label: t('targets.nav') }]
      : []),
    { key: '/surveys', icon: <CheckSquareOutlined />, label: t('surveys.nav') },
    { key: '/directives', icon: <FileTextOutlined />, label: t('nav.directives') },
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
  ];
  // the longest key that starts the path: /models/inbox is not /models
  const selectedKey = menuItems
    .filter((item) => location.pathname.startsWith(item.key))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;
  const menu = (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        items={menuItems}
        selectedKeys={selectedKey ? [selectedKey] : []}
        onClick={({ key }) => {
          setDrawerOpen(false);
          void navigate(key);
        }}
        style={{ borderInlineEnd: 0 }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: token.marginSM,
          paddingInline: isDesktop ? token.paddingLG : token.paddingSM,
          background: token.colorPrimary,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!isDesktop && (
          <Badge
            count={reminders}
            size="small"
            offset={[-4, 4]}
            title={t('digest.badge', { count: reminders })}
          >
            <Button
              type="text"
              aria-label={t('nav.openMenu')}
              icon={<MenuOutlined style={{ color: '#fff' }} />}
              onClick={() => {
                setDrawerLoaded(true);
                setDrawerOpen(true);
              }}
            />
          </Badge>
        )}
        <Link to="/" style={{ color: '#fff', display: 'flex', alignItems: 'baseline', gap: 8 }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Title>
          {isDesktop && (
            <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>
              {t('app.tagline')}
            </Typography.Text>
          )}
        </Link>
        <Flex align="center" gap="middle" style={{ marginLeft: 'auto', minWidth: 0 }}>
          {screens.md && <CurrentUserSummary inverted />}
          <OutboxMount />
          <LanguageSwitch />
          <Tooltip title={isDesktop ? undefined : t('header.logout')}>
            <Button
              icon={<LogoutOutlined />}
              aria-label={t('header.logout')}
              onClick={() => void logout()}
            >
              {isDesktop ? t('header.logout') : null}
            </Button>
          </Tooltip>
        </Flex>
      </Layout.Header>
      <NetworkBanner />
      <Layout>
        {isDesktop && (
          <Layout.Sider
            width={220}
            theme="light"
            style={{ borderInlineEnd: `1px solid ${token.colorSplit}` }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content
          style={{ padding: isDesktop ? token.paddingLG : token.paddingSM, minWidth: 0 }}
        >
          <Outlet />
        </Layout.Content>
      </Layout>
      {!isDesktop && drawerLoaded && (
        <Suspense fallback={null}>
          <Drawer
            placement="left"
            size={280}
            title={t('nav.menu')}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
          >
            <Flex vertical gap="middle">
              <CurrentUserSummary />
              {menu}
            </Flex>
          </Drawer>
        </Suspense>
      )}
    </Layout>
  );
}
