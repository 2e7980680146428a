import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { attachmentsOf70 } from '@/testing/directive-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

describe('directive register (/directives)', () => {
  it('shows cards on a phone and sends the search to the API', async () => {
    const searches: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/directives') {
        searches.push(url.search);
      }
    });
    const { user, router } = renderRoute('/directives');

    const cards = await screen.findAllByTestId('directive-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText(/Dân vận khéo/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm văn bản' }),
      'dan van kheo 2021-2025{Enter}',
    );

    await waitFor(() => expect(screen.getAllByTestId('directive-card')).toHaveLength(1));
    expect(router.state.location.search).toBe('?q=dan+van+kheo+2021-2025');
    expect(searches.at(-1)).toContain('q=dan%20van%20kheo%202021-2025');
    expect(screen.getByText('1 văn bản')).toBeInTheDocument();
    server.events.removeAllListeners();
  });

  it('shows a table on a desktop, with links to each directive', async () => {
    setViewport('desktop');
    renderRoute('/directives?q=70');

    const table = await screen.findByRole('table');
    expect(within(table).getByText('Số, ký hiệu')).toBeInTheDocument();
    expect(await within(table).findByRole('link', { name: 'Số 70 -CV/TU' })).toHaveAttribute(
      'href',
      '/directives/7',
    );
    expect(within(table).getByText('Tỉnh ủy Kiên Giang')).toBeInTheDocument();
    expect(within(table).getByText('02/02/2021')).toBeInTheDocument();
  });

  it('offers "new directive" to editors and admins only', async () => {
    renderRoute('/directives');
    expect(await screen.findByRole('button', { name: /Thêm văn bản/ })).toBeInTheDocument();
  });

  it('hides "new directive" from a reporter', async () => {
    server.use(...createHandlers(reporterRachGia));
    renderRoute('/directives');
    await screen.findAllByTestId('directive-card');
    expect(screen.queryByRole('button', { name: /Thêm văn bản/ })).not.toBeInTheDocument();
  });
});

describe('a directive (/directives/:id)', () => {
  it('shows the relation chain: a waiting relation up, a registered one down', async () => {
    renderRoute('/directives/7');

    expect(
      await screen.findByText(/Tiếp tục triển khai, thực hiện phong trào/),
    ).toBeInTheDocument();
    const up = await screen.findByRole('region', { name: 'Văn bản này thực hiện, căn cứ' });
    expect(within(up).getByText(/43-KL\/TW/)).toBeInTheDocument();
    expect(within(up).getByText('chưa có trong sổ')).toBeInTheDocument();
    const down = screen.getByRole('region', { name: 'Văn bản thực hiện văn bản này' });
    expect(within(down).getByRole('link', { name: /12-KH\/ĐU/ })).toHaveAttribute(
      'href',
      '/directives/8',
    );
    expect(screen.getByText('Ban Dân vận Tỉnh ủy Kiên Giang')).toBeInTheDocument();
    expect(screen.getByText(/Hằng năm/)).toBeInTheDocument();
  });

  it('lists the files and uploads one as multipart form data', async () => {
    let uploaded: { contentType: string | null; hasFile: boolean } | undefined;
    server.use(
      http.post('*/api/v1/directives/7/attachments', async ({ request }) => {
        const contentType = request.headers.get('Content-Type');
        const form = await request.formData();
        const file = form.get('file');
        // (jsdom's File does not survive Node's fetch intact: the part is checked, not its bytes)
        uploaded = { contentType, hasFile: file !== null };
        return HttpResponse.json(
          { ...attachmentsOf70[0], id: 6, fileName: 'anh-hoi-nghi.png', mediaType: 'image/png' },
          { status: 201 },
        );
      }),
    );
    const { user, container } = renderRoute('/directives/7');

    expect(await screen.findByText('CV-70-TU.pdf')).toBeInTheDocument();
    expect(screen.getByText(/SHA-256 9f86d081884c/)).toBeInTheDocument();
    await screen.findByRole('button', { name: /Đính kèm tệp/ });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).not.toBeNull();
    await user.upload(
      input as HTMLInputElement,
      new File(['png'], 'anh-hoi-nghi.png', { type: 'image/png' }),
    );

    await waitFor(() => expect(uploaded).toBeDefined());
    expect(uploaded?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(uploaded?.hasFile).toBe(true);
    expect(await screen.findByText('Đã đính kèm anh-hoi-nghi.png')).toBeInTheDocument();
  });

  it('says when the directive does not exist', async () => {
    renderRoute('/directives/404');
    expect(await screen.findByText('Không có văn bản 404.')).toBeInTheDocument();
  });
});
