import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The colours of the Party and State: a deep red primary, kept readable (light.css: the same). */
const THEME = { token: { colorPrimary: '#b71c1c', borderRadius: 6 } };

/**
 * antd in the user's language and the app's theme, with its App context (message, modal):
 * around every screen and dialog drawn with antd. Loaded with the first of them
 * (antd-on-demand.tsx), not with the first screen (budget: README).
 */
export default function AntdScope({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
