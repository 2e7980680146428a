import { theme, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of a public page (no sign-in, no menu): a coloured heading and the content. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header style={{ background: token.colorPrimary, padding: '12px' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {title}
        </Typography.Title>
      </header>
      <main style={{ padding: 12, maxWidth: 1100, margin: '0 auto' }}>{children}</main>
    </div>
  );
}
