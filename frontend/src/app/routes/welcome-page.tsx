import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { useSession } from '@/lib/auth/session';

/** What a visitor who is not signed in sees, whatever address they opened. */
export function WelcomePage() {
  const { t } = useTranslation();
  const session = useSession();

  return (
    <Layout
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, #b71c1c 0%, #7f0000 100%)',
      }}
    >
      <Flex justify="flex-end" style={{ padding: 12 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <Card style={{ maxWidth: 480, width: '100%' }}>
          <Flex vertical gap="middle">
            <Typography.Title level={1} style={{ margin: 0, color: '#b71c1c' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('welcome.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('welcome.subtitle')}
            </Typography.Paragraph>
            {session.error && (
              <Alert
                type="error"
                showIcon
                title={t('welcome.loginFailed')}
                description={session.error.message}
              />
            )}
            <Button
              type="primary"
              size="large"
              block
              icon={<LoginOutlined />}
              onClick={() => session.login()}
            >
              {t('welcome.login')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Layout>
  );
}
