import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachmentsOf70 } from '@/testing/directive-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers, problem, TEST_ACCESS_TOKEN } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

/** The query strings of the searches sent to GET /api/v1/directives, in order. */
function recordSearches(): URLSearchParams[] {
  const searches: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/directives') {
      searches.push(url.searchParams);
    }
  });
  return searches;
}

function directiveCards(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Văn bản chỉ đạo' })).queryAllByRole('listitem');
}

describe('directive register (/directives)', () => {
  afterEach(() => server.events.removeAllListeners());

  it('shows cards on a phone and sends the search to the API', async () => {
    const searches = recordSearches();
    const { user, router } = renderRoute('/directives');

    await screen.findByText('2 văn bản');
    const cards = directiveCards();
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText(/Dân vận khéo/)).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('Tỉnh ủy Kiên Giang')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('Còn hiệu lực')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm văn bản' }),
      'dan van kheo 2021-2025{Enter}',
    );

    expect(await screen.findByText('1 văn bản')).toBeInTheDocument();
    expect(directiveCards()).toHaveLength(1);
    expect(router.state.location.search).toBe('?q=dan+van+kheo+2021-2025');
    expect(searches.at(-1)?.get('q')).toBe('dan van kheo 2021-2025');
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
    expect(screen.queryByRole('list', { name: 'Văn bản chỉ đạo' })).not.toBeInTheDocument();
  });

  it('sends each filter to the API and keeps it in the URL, so that the back button undoes it', async () => {
    const searches = recordSearches();
    const { user, router } = renderRoute('/directives');
    await screen.findByText('2 văn bản');

    await user.type(screen.getByRole('combobox', { name: 'Loại văn bản' }), 'Kế hoạch');
    await user.click(await screen.findByTitle('Kế hoạch'));
    await screen.findByText('1 văn bản');
    expect(within(directiveCards()[0] as HTMLElement).getByText(/12-KH\/ĐU/)).toBeInTheDocument();
    expect(searches.at(-1)?.get('type')).toBe('PLAN');

    await user.type(screen.getByRole('combobox', { name: 'Cơ quan ban hành' }), 'dang uy');
    await user.click(await screen.findByTitle('Đảng ủy phường Rạch Giá (30742-DU)'));
    await user.type(
      screen.getByRole('combobox', { name: 'Đơn vị (ban hành hoặc nhận)' }),
      'rach gia',
    );
    await user.click(await screen.findByTitle('Phường Rạch Giá (30742)'));
    await user.type(screen.getByRole('combobox', { name: 'Năm ban hành' }), '2021');
    await user.click(await screen.findByTitle('2021'));

    await waitFor(() => expect(searches.at(-1)?.get('year')).toBe('2021'));
    expect(Object.fromEntries(searches.at(-1) ?? [])).toEqual({
      type: 'PLAN',
      issuerId: '33',
      unitId: '100',
      year: '2021',
      page: '0',
      size: '20',
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      type: 'PLAN',
      issuerId: '33',
      unitId: '100',
      year: '2021',
    });

    await router.navigate(-1);
    await waitFor(() => expect(searches.at(-1)?.get('year')).toBeNull());
    expect(searches.at(-1)?.get('unitId')).toBe('100');
  });

  it('reads the filters from the URL, names the organization and unit, and clears them', async () => {
    const searches = recordSearches();
    const { user, router } = renderRoute(
      '/directives?q=dan+van&type=OFFICIAL_LETTER&issuerId=31&unitId=2&status=IN_FORCE',
    );

    await screen.findByText('1 văn bản');
    expect(searches[0] && Object.fromEntries(searches[0])).toEqual({
      q: 'dan van',
      type: 'OFFICIAL_LETTER',
      status: 'IN_FORCE',
      issuerId: '31',
      unitId: '2',
      page: '0',
      size: '20',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm văn bản' })).toHaveValue('dan van');
    expect(await screen.findByText('Tỉnh ủy Kiên Giang (KG-TU)')).toBeInTheDocument();
    expect(await screen.findByText('Tỉnh Kiên Giang (91-KG) · đến 30/06/2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Bỏ lọc/ }));

    await screen.findByText('2 văn bản');
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Tìm văn bản' })).toHaveValue('');
  });

  it('says "more than 1.000" when the count stops', async () => {
    server.use(
      http.get('*/api/v1/directives', () =>
        HttpResponse.json({ items: [], page: 0, size: 20, total: 1000, totalCapped: true }),
      ),
    );
    renderRoute('/directives?q=dan');
    expect(await screen.findByText('Hơn 1.000 văn bản, hãy lọc thêm')).toBeInTheDocument();
  });

  it('offers "new directive" to editors and admins only', async () => {
    renderRoute('/directives');
    expect(await screen.findByRole('button', { name: /Thêm văn bản/ })).toBeInTheDocument();
  });

  it('hides "new directive" from a reporter', async () => {
    server.use(...createHandlers(reporterRachGia));
    renderRoute('/directives');
    await screen.findByText('2 văn bản');
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

  it('downloads a file with the bearer token and saves it under its name', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('*/api/v1/directives/7/attachments/5', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return new HttpResponse(new Uint8Array([37, 80, 68, 70]), {
          headers: { 'Content-Type': 'application/pdf' },
        });
      }),
    );
    const blobs: Blob[] = [];
    // jsdom has no object URLs and does not follow links: catch what would be saved
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const saved: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download });
    });
    const { user } = renderRoute('/directives/7');

    const files = await screen.findByRole('list', { name: 'Tệp đính kèm' });
    expect(within(files).getByText('PDF')).toBeInTheDocument();
    expect(within(files).getByText('26 KB')).toBeInTheDocument();
    expect(within(files).getByText('editor.angiang, 20/11/2026 09:30')).toBeInTheDocument();
    await user.click(within(files).getByRole('button', { name: 'Tải về CV-70-TU.pdf' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:test/1', download: 'CV-70-TU.pdf' }]));
    expect(authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    expect(blobs[0]?.size).toBe(4);
    expect(blobs[0]?.type).toBe('application/pdf');
    vi.restoreAllMocks();
  });

  it('deletes with the version read, and shows why the server refuses', async () => {
    const deletes: string[] = [];
    server.use(
      http.delete('*/api/v1/directives/7', ({ request }) => {
        deletes.push(new URL(request.url).search);
        return problem(
          409,
          'Xung đột (conflict)',
          'Văn bản đã có nhiệm vụ: chỉ có thể chuyển hết hiệu lực hoặc thay thế.',
        );
      }),
    );
    const { user, router } = renderRoute('/directives/7');

    await user.click(await screen.findByRole('button', { name: /Xóa$/ }));
    await user.click(await screen.findByRole('button', { name: 'Xóa văn bản' }));

    expect(
      await screen.findByText(
        'Văn bản đã có nhiệm vụ: chỉ có thể chuyển hết hiệu lực hoặc thay thế.',
      ),
    ).toBeInTheDocument();
    expect(deletes).toEqual(['?version=3']);
    expect(router.state.location.pathname).toBe('/directives/7');
  });

  it('goes back to the register once the directive is deleted', async () => {
    server.use(http.delete('*/api/v1/directives/8', () => new HttpResponse(null, { status: 204 })));
    const { user, router } = renderRoute('/directives/8');

    await user.click(await screen.findByRole('button', { name: /Xóa$/ }));
    await user.click(await screen.findByRole('button', { name: 'Xóa văn bản' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/directives'));
    expect(await screen.findByText('Đã xóa văn bản')).toBeInTheDocument();
  });

  it('says when the directive does not exist', async () => {
    renderRoute('/directives/404');
    expect(await screen.findByText('Không có văn bản 404.')).toBeInTheDocument();
  });
});
