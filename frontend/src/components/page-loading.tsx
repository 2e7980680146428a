import { Flex, Spin, Typography } from 'antd';

/** A whole page waiting for something (the login check, a route's first data). */
export function PageLoading({ label }: { label: string }) {
  return (
    <Flex vertical align="center" justify="center" gap="middle" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Flex>
  );
}
