import LoginOutlined from '@ant-design/icons-svg/es/asn/LoginOutlined';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { Icon } from '@/components/light/icon';
import { Button, Card, Notice } from '@/components/light/light';
import { useSession } from '@/lib/auth/session';

/** What a visitor who is not signed in sees, whatever address they opened (drawn without antd). */
export function WelcomePage() {
  const { t } = useTranslation();
  const session = useSession();

  return (
    <div className="welcome">
      <div className="welcome__bar">
        <LanguageSwitch />
      </div>
      <div className="welcome__center">
        <Card className="welcome__card">
          <div className="l-stack">
            <h1 className="welcome__name">{t('app.name')}</h1>
            <h2 className="welcome__title">{t('welcome.title')}</h2>
            <p className="l-muted welcome__subtitle">{t('welcome.subtitle')}</p>
            {session.error && (
              <Notice
                type="error"
                title={t('welcome.loginFailed')}
                description={session.error.message}
              />
            )}
            <Button
              variant="primary"
              className="welcome__login"
              icon={<Icon icon={LoginOutlined} />}
              onClick={() => session.login()}
            >
              {t('welcome.login')}
            </Button>
          </div>
        </Card>
      </div>
    </div>
  );
}
