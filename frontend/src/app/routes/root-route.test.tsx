import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/testing/render-route';

describe('app shell', () => {
  it('shows a visitor the welcome page, whose button starts the login and comes back here', async () => {
    const { user, session } = renderRoute('/units/100', { session: { status: 'anonymous' } });

    expect(screen.getByText('Chào mừng đến với DânVận')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    expect(session.login).toHaveBeenCalledOnce();
    // Nothing is asked of the API before login.
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  it('tells why the last login failed', () => {
    renderRoute('/', { session: { status: 'anonymous', error: new Error('access_denied') } });

    expect(screen.getByText('Đăng nhập không thành công')).toBeInTheDocument();
    expect(screen.getByText('access_denied')).toBeInTheDocument();
  });

  it('waits for the login check with a spinner, not a blank page', () => {
    renderRoute('/units', { session: { status: 'loading' } });

    expect(screen.getByText('Đang kiểm tra đăng nhập…')).toBeInTheDocument();
  });

  it('shows the signed-in user (from /api/v1/me) in the phone menu, and logs out', async () => {
    const { user, session } = renderRoute('/units');

    await user.click(await screen.findByRole('button', { name: 'Mở menu' }));
    const drawer = await screen.findByRole('dialog');
    const currentUser = await within(drawer).findByTestId('current-user');
    expect(currentUser).toHaveTextContent('Nguyễn Văn An');
    expect(currentUser).toHaveTextContent('Tỉnh An Giang');
    expect(within(drawer).getByRole('link', { name: /Đơn vị hành chính/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(session.logout).toHaveBeenCalledOnce();
  });

  it('on a phone, the menu marks the current screen, goes where a link says and closes; Escape closes it too', async () => {
    const { user, router } = renderRoute('/units');

    await user.click(await screen.findByRole('button', { name: 'Mở menu' }));
    let menu = await screen.findByRole('dialog', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: /Đơn vị hành chính/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(menu).getByRole('link', { name: /Văn bản chỉ đạo/ })).not.toHaveAttribute(
      'aria-current',
    );
    await user.click(within(menu).getByRole('link', { name: /Văn bản chỉ đạo/ }));
    expect(router.state.location.pathname).toBe('/directives');
    expect(screen.queryByRole('dialog', { name: 'Menu' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mở menu' }));
    menu = await screen.findByRole('dialog', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: /Văn bản chỉ đạo/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Menu' })).toBeNull();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const { user } = renderRoute('/units');
    expect(await screen.findByRole('heading', { name: 'Tỉnh An Giang' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Tổ chức' })).toBeInTheDocument();

    await user.click(screen.getByText('EN'));

    expect(await screen.findByRole('tab', { name: 'Organizations' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Residential areas' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByRole('tree', { name: 'Unit tree' })).toBeInTheDocument();
    expect(screen.getByPlaceholderText('Search units, e.g. rach gia')).toBeInTheDocument();
    expect(screen.getByText('Predecessors (merged into this unit)')).toBeInTheDocument();
    expect(screen.getByText('Province · Province level')).toBeInTheDocument();
    // Dates stay dd/MM/yyyy.
    expect(screen.getByText('01/07/2025 – present')).toBeInTheDocument();
    expect(screen.getAllByText('Party committee').length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('danvan.language')).toBe('en');

    await user.click(screen.getByText('VI'));
    expect(await screen.findByRole('tab', { name: 'Tổ chức' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown address', async () => {
    renderRoute('/khong-co');

    expect(await screen.findByText('Không tìm thấy trang')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
  });
});
