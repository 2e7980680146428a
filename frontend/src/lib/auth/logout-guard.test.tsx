import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerLogoutGuard } from '@/lib/auth/logout-guard';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

describe('Đăng xuất with something still to say (logout guards)', () => {
  it('asks first, with the guard’s message, and signs out only when confirmed', async () => {
    setViewport('desktop');
    server.use(...createHandlers(reporterRachGia));
    removals.push(registerLogoutGuard(() => Promise.resolve('2 báo cáo đang chờ gửi.')));
    removals.push(registerLogoutGuard(() => Promise.resolve(undefined)));
    const { user, session } = renderRoute('/units');

    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Đăng xuất?');
    expect(dialog).toHaveTextContent('2 báo cáo đang chờ gửi.');
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(session.logout).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    // the dialog closed above may still be fading out: the newest one is last
    const confirm = (await screen.findAllByRole('button', { name: 'Vẫn đăng xuất' })).at(-1);
    await user.click(confirm as HTMLElement);
    await waitFor(() => expect(session.logout).toHaveBeenCalledOnce());
  });

  it('signs out at once when no guard has anything to say; a removed guard says nothing', async () => {
    setViewport('desktop');
    server.use(...createHandlers(reporterRachGia));
    registerLogoutGuard(() => Promise.resolve('1 báo cáo đang chờ gửi.'))();
    const { user, session } = renderRoute('/units');

    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

    await waitFor(() => expect(session.logout).toHaveBeenCalledOnce());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
