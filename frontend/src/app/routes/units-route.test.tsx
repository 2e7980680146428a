import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers, problem } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

describe('unit browser (/units)', () => {
  it('shows the tree rooted at the user’s unit, with its children', async () => {
    const { router } = renderRoute('/units');

    const tree = await screen.findByRole('tree', { name: 'Cây đơn vị' });
    expect(router.state.location.pathname).toBe('/units');
    expect(await within(tree).findByText('Tỉnh An Giang')).toBeInTheDocument();
    // The root is opened: its communes are loaded with listUnits?parentId=1.
    expect(await within(tree).findByText('Phường Rạch Giá')).toBeInTheDocument();
    expect(within(tree).getByText('Đặc khu Phú Quốc')).toBeInTheDocument();
    // Abolished units are not in today's tree.
    expect(within(tree).queryByText('Thành phố Rạch Giá')).not.toBeInTheDocument();
  });

  it('shows the user’s own unit with its history: An Giang lists former Kiên Giang', async () => {
    renderRoute('/units');

    expect(await screen.findByRole('heading', { name: 'Tỉnh An Giang' })).toBeInTheDocument();
    expect(screen.getByText('Đơn vị tiền thân (đã sáp nhập)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tỉnh Kiên Giang' })).toHaveAttribute(
      'href',
      '/units/2',
    );
    expect(screen.getByText('01/07/2025 – nay')).toBeInTheDocument();
    // Organizations is the first tab.
    expect(await screen.findByText('Tỉnh ủy An Giang')).toBeInTheDocument();
    expect(screen.getByText('Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang')).toBeInTheDocument();
  });

  it('roots the tree at a commune for a commune officer', async () => {
    server.use(...createHandlers(reporterRachGia));
    renderRoute('/units');

    const tree = await screen.findByRole('tree', { name: 'Cây đơn vị' });
    expect(await within(tree).findByText('Phường Rạch Giá')).toBeInTheDocument();
    expect(within(tree).queryByText('Tỉnh An Giang')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Phường Rạch Giá' })).toBeInTheDocument();
  });

  it('searches "rach gia" without diacritics and lists current and abolished units', async () => {
    const { user } = renderRoute('/units');

    await user.type(
      await screen.findByPlaceholderText('Tìm đơn vị, ví dụ: rach gia'),
      'rach gia{Enter}',
    );

    const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
    expect(await within(results).findByText('Phường Rạch Giá')).toBeInTheDocument();
    expect(within(results).getByText('2 kết quả')).toBeInTheDocument();
    const ward = within(results).getByText('Phường Rạch Giá').closest('li');
    expect(ward).toHaveTextContent('Phường');
    expect(ward).toHaveTextContent('30742');
    const city = within(results).getByText('Thành phố Rạch Giá').closest('li');
    expect(city).toHaveTextContent('Thành phố thuộc tỉnh');
    expect(city).toHaveTextContent('Đã giải thể');
    expect(city).toHaveTextContent('đến 30/06/2025');
  });

  it('says so when a search finds nothing', async () => {
    const { user } = renderRoute('/units');

    await user.type(
      await screen.findByPlaceholderText('Tìm đơn vị, ví dụ: rach gia'),
      'ha noi{Enter}',
    );

    const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
    expect(
      await within(results).findByText('Không tìm thấy đơn vị nào khớp với “ha noi”'),
    ).toBeInTheDocument();
  });

  it('selecting a unit shows its detail, organizations and residential areas', async () => {
    const { user, router } = renderRoute('/units');

    await user.type(
      await screen.findByPlaceholderText('Tìm đơn vị, ví dụ: rach gia'),
      'rach gia{Enter}',
    );
    const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
    await user.click(await within(results).findByText('Phường Rạch Giá'));

    expect(await screen.findByRole('heading', { name: 'Phường Rạch Giá' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/units/100');
    const breadcrumb = screen.getByRole('navigation', { name: 'Vị trí trong cây đơn vị' });
    expect(within(breadcrumb).getByRole('link', { name: 'Tỉnh An Giang' })).toBeInTheDocument();

    const organizations = await screen.findByRole('list', { name: 'Tổ chức' });
    expect(
      await within(organizations).findByText('Ủy ban nhân dân phường Rạch Giá'),
    ).toBeInTheDocument();
    expect(within(organizations).getByText('Hội Nông dân phường Rạch Giá')).toBeInTheDocument();
    expect(within(organizations).getByText('Cấp ủy Đảng')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Khu dân cư' }));
    const areas = await screen.findByRole('list', { name: 'Khu dân cư' });
    expect(await within(areas).findByText('Khu phố 1')).toBeInTheDocument();
    expect(within(areas).getByText('Khu phố Vĩnh Thanh')).toBeInTheDocument();
    expect(within(areas).getAllByText('Khu phố')).toHaveLength(2);
  });

  it('selecting a node of the tree opens that unit', async () => {
    const { user, router } = renderRoute('/units');

    const tree = await screen.findByRole('tree', { name: 'Cây đơn vị' });
    await user.click(await within(tree).findByText('Xã Mỹ Hòa Hưng'));

    expect(await screen.findByRole('heading', { name: 'Xã Mỹ Hòa Hưng' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/units/103');
  });

  it('opens an abolished unit by its address, with its successor', async () => {
    renderRoute('/units/2');

    expect(await screen.findByRole('heading', { name: 'Tỉnh Kiên Giang' })).toBeInTheDocument();
    expect(screen.getByText('Đơn vị kế thừa')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tỉnh An Giang' })).toHaveAttribute('href', '/units/1');
    expect(screen.getByText('01/01/1976 – 30/06/2025')).toBeInTheDocument();
  });

  it('shows the server’s problem and recovers on retry when loading a unit fails', async () => {
    server.use(
      http.get(
        '*/api/v1/units/:id',
        () => problem(503, 'Dịch vụ tạm ngừng', 'Cơ sở dữ liệu đang bảo trì.'),
        {
          once: true,
        },
      ),
    );
    const { user } = renderRoute('/units/100');

    expect(await screen.findByText('Dịch vụ tạm ngừng')).toBeInTheDocument();
    expect(screen.getByText('Cơ sở dữ liệu đang bảo trì.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByRole('heading', { name: 'Phường Rạch Giá' })).toBeInTheDocument();
  });

  it('shows an error page when the current user cannot be loaded', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.error()));
    renderRoute('/units');

    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(screen.getByText(/Không kết nối được máy chủ/)).toBeInTheDocument();
  });

  it('shows a 404 problem for a unit outside the user’s reach', async () => {
    renderRoute('/units/999');

    expect(await screen.findByText('Không tìm thấy')).toBeInTheDocument();
    expect(screen.getByText('Không có đơn vị 999.')).toBeInTheDocument();
  });

  it('shows the not-found page for an address that is not a unit', async () => {
    renderRoute('/units/abc');

    expect(await screen.findByText('Không tìm thấy trang')).toBeInTheDocument();
  });

  it('offers a retry when the children of a unit cannot be loaded', async () => {
    server.use(
      http.get('*/api/v1/units', () => problem(500, 'Lỗi máy chủ', 'Thử lại sau ít phút.'), {
        once: true,
      }),
    );
    const { user } = renderRoute('/units');

    expect(await screen.findByText('Không tải được đơn vị trực thuộc')).toBeInTheDocument();
    expect(screen.getByText('Lỗi máy chủ')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));

    const tree = screen.getByRole('tree', { name: 'Cây đơn vị' });
    expect(await within(tree).findByText('Phường Rạch Giá')).toBeInTheDocument();
    expect(screen.queryByText('Không tải được đơn vị trực thuộc')).not.toBeInTheDocument();
  });

  it('on a desktop shows organizations as a table and the user in the header', async () => {
    setViewport('desktop');
    renderRoute('/units/100');

    expect(await screen.findByRole('columnheader', { name: 'Tên tổ chức' })).toBeInTheDocument();
    const row = (await screen.findByText('Ủy ban nhân dân phường Rạch Giá')).closest('tr');
    expect(row).toHaveTextContent('Ủy ban nhân dân');
    expect(row).toHaveTextContent('30742-UBND');
    expect(row).toHaveTextContent('01/07/2025 – nay');
    expect(await screen.findByTestId('current-user')).toHaveTextContent('Nguyễn Văn An');
    expect(screen.queryByRole('button', { name: 'Mở menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Đơn vị hành chính/ })).toBeInTheDocument();
  });
});
