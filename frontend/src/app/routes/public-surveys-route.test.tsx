import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problemResponse } from '@/testing/model-fixtures';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { results, survey } from '@/testing/survey-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };
const anonymous = { status: 'anonymous' as const, subject: undefined, username: undefined };

describe('the public survey pages (no sign-in)', () => {
  it('shows a published survey’s response rate and per-criterion chart at 360 px', async () => {
    setViewport('phone');
    server.use(
      http.get('*/api/v1/public/satisfaction-surveys/61/results', ({ request }) => {
        expect(request.headers.get('Authorization')).toBeNull();
        return HttpResponse.json(results('PUBLISHED', { publishedOn: '2026-12-01' }));
      }),
    );
    renderRoute('/public/surveys/61', { session: anonymous });
    expect(
      await screen.findByRole(
        'figure',
        { name: 'Mức hài lòng theo tiêu chí: Khảo sát hài lòng khu dân cư kiểu mẫu 2026' },
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByTestId('response-rate')).toHaveTextContent('10/14 hộ (71,4%)');
    expect(screen.getByText(/Công bố ngày 01\/12\/2026/)).toBeVisible();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says when a survey is not published (404)', async () => {
    server.use(
      http.get('*/api/v1/public/satisfaction-surveys/62/results', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/not-found',
          title: 'Không tìm thấy',
          status: 404,
          detail: 'Không có khảo sát 62 đã công bố.',
        }),
      ),
    );
    renderRoute('/public/surveys/62', { session: anonymous });
    await waitFor(
      () => expect(screen.getByText('Không có khảo sát 62 đã công bố.')).toBeVisible(),
      SLOW,
    );
  });

  it('takes a resident’s answers with a one-time code, and says when the code was already used', async () => {
    const sent: unknown[] = [];
    let spent = false;
    const s = survey('OPEN');
    server.use(
      http.get('*/api/v1/public/satisfaction-surveys/61/questionnaire', () =>
        HttpResponse.json({
          surveyId: 61,
          name: s.name,
          titleName: s.title.name,
          unitName: s.unit.name,
          scale: s.scale,
          questions: s.questions,
        }),
      ),
      http.post('*/api/v1/public/satisfaction-surveys/61/responses', async ({ request }) => {
        sent.push(await request.json());
        if (spent) {
          return problemResponse({
            type: 'https://danvan.vn/problems/survey-code-spent',
            title: 'Mã đã dùng',
            status: 409,
            detail: 'Mã này đã được dùng.',
          });
        }
        spent = true;
        return HttpResponse.json(
          { surveyId: 61, residentialAreaId: 30, receivedOn: '2026-12-04', answers: 2 },
          { status: 201 },
        );
      }),
    );
    const { user, unmount } = renderRoute('/khao-sat/61', { session: anonymous });
    await user.type(await screen.findByLabelText('Mã trả lời', {}, SLOW), ' abcd-efgh-jkmn ');
    await user.click(
      within(
        screen.getByRole('group', { name: 'Ông/bà hài lòng với vệ sinh môi trường?' }),
      ).getByText('Hài lòng'),
    );
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await waitFor(() => expect(screen.getByText('Cảm ơn ông/bà đã trả lời')).toBeVisible());
    expect(sent).toEqual([{ code: 'abcd-efgh-jkmn', answers: [{ questionId: 612, value: 4 }] }]);
    unmount();

    const again = renderRoute('/khao-sat/61', { session: anonymous });
    await again.user.type(await screen.findByLabelText('Mã trả lời', {}, SLOW), 'ABCDEFGHJKMN');
    await again.user.click(
      within(
        screen.getByRole('group', { name: 'Ông/bà hài lòng với thu nhập của gia đình?' }),
      ).getByText('Bình thường'),
    );
    await again.user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    await waitFor(() => expect(screen.getByText('Mã này đã được dùng.')).toBeVisible());
  });
});
