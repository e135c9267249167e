// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { TrainingCourseForm } from '../training-course-form';

/** Everything valid, so each test breaks exactly one thing. */
const VALID = {
  code: 'NV-2026-01',
  titleVi: 'Bồi dưỡng hội nhập quốc tế',
  titleEn: 'International integration',
  topic: 'international-integration',
  targetLevel: 'commune',
  startDate: dayjs('2026-05-10'),
  endDate: dayjs('2026-05-12'),
  capacity: 60,
  costEstimate: 120_000_000,
};

const CREATED = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  ...VALID,
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  planArea: 'III.8',
  agencyCode: 'SNV',
  status: 'planned',
};

function renderForm(initialValues: Record<string, unknown>, lang: 'vi' | 'en' = 'vi') {
  const onClose = jest.fn();
  const view = renderScreen(<TrainingCourseForm open onClose={onClose} initialValues={initialValues} />, {
    lang,
  });
  return { ...view, onClose };
}

/** The message area of the form item that holds the control labelled `label`. */
function messagesBeside(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

describe(TrainingCourseForm.name, () => {
  it('shows every field with a visible label and starts from Home Affairs and plan area III.8', () => {
    renderForm({});
    for (const label of [
      'Mã khóa học',
      'Tên (tiếng Việt)',
      'Chủ đề',
      'Ngày bắt đầu',
      'Số học viên',
      'Kinh phí dự kiến',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(within(messagesBeside('Đơn vị chủ trì')).getByText(/Sở Nội vụ/)).toBeTruthy();
    expect(within(messagesBeside('Nội dung Kế hoạch')).getByText(/^III\.8 · /)).toBeTruthy();
  });

  it('puts the translated message beside a bad field and sends nothing', async () => {
    const fetch = mockFetch();
    renderForm({ ...VALID, code: 'bad code' });

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(messagesBeside('Mã khóa học')).findByText('Không đúng định dạng yêu cầu'),
    ).toBeTruthy();
    expect(within(messagesBeside('Tên (tiếng Việt)')).queryByRole('alert')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('checks the rule across fields too: an end date before the start, in English', async () => {
    const fetch = mockFetch();
    renderForm({ ...VALID, endDate: dayjs('2026-05-01') }, 'en');

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(messagesBeside('End date')).findByText('The end date cannot be before the start date'),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("maps a server 409's fields onto the matching field and keeps the form open", async () => {
    mockFetch(
      jsonResponse(409, {
        code: 'CONFLICT',
        status: 409,
        message: 'A course with code NV-2026-01 already exists',
        fields: [{ path: 'code', code: 'duplicate', message: 'This code is already used' }],
      }),
    );
    const { onClose } = renderForm(VALID);

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(messagesBeside('Mã khóa học')).findByText('Giá trị này trùng với một bản ghi đã có'),
    ).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("maps a server 400's fields by path, in the reader's language", async () => {
    mockFetch(
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'The request has invalid fields',
        fields: [
          {
            path: 'capacity',
            code: 'too_big',
            message: 'Too big',
            params: { maximum: 2000, origin: 'number', inclusive: true },
          },
        ],
      }),
    );
    renderForm(VALID, 'en');

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(await within(messagesBeside('Trainees')).findByText('Must be 2000 or less')).toBeTruthy();
  });

  it('says why a failure without fields happened, above the form', async () => {
    mockFetch(
      jsonResponse(503, {
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        message: 'training did not answer',
        correlationId: 'abc',
      }),
    );
    renderForm(VALID);

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(await screen.findByText(/Dịch vụ tạm thời không sẵn sàng.*Mã tra cứu: abc/)).toBeTruthy();
  });

  it('sends calendar dates as YYYY-MM-DD and amounts as integer đồng, then closes', async () => {
    const fetch = mockFetch(jsonResponse(201, CREATED));
    const { onClose } = renderForm(VALID);

    fireEvent.click(screen.getByTestId('form-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const body = JSON.parse(String(fetch.mock.calls[0][1]?.body));
    expect(body).toMatchObject({
      startDate: '2026-05-10',
      endDate: '2026-05-12',
      costEstimate: 120000000,
      agencyCode: 'SNV',
    });
    expect(await screen.findByText('Đã lưu bản ghi mới')).toBeTruthy();
  });

  it('clears a field’s message as soon as the user edits it', async () => {
    mockFetch();
    renderForm({ ...VALID, code: 'bad code' });
    fireEvent.click(screen.getByTestId('form-submit'));
    const beside = messagesBeside('Mã khóa học');
    await within(beside).findByText('Không đúng định dạng yêu cầu');

    fireEvent.change(screen.getByLabelText('Mã khóa học'), { target: { value: 'NV-2026-02' } });

    await waitFor(() => expect(within(beside).queryByText('Không đúng định dạng yêu cầu')).toBeNull());
  });

  it('sends the schedule of sessions and names a session outside the dates beside the schedule', async () => {
    const fetch = mockFetch(jsonResponse(201, CREATED));
    const { onClose } = renderForm({
      ...VALID,
      sessions: [
        { date: '2026-05-10', topic: 'Tổng quan' },
        { date: '2026-05-20', topic: 'Ngoài ngày học' },
      ],
    });
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(
      await within(messagesBeside('Ngày buổi 2')).findByText(
        'Buổi học phải nằm trong thời gian của khóa học',
      ),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.click(screen.getAllByText('Xóa')[1]);
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const body = JSON.parse(String(fetch.mock.calls[0][1]?.body));
    expect(body).toMatchObject({ sessions: [{ date: '2026-05-10', topic: 'Tổng quan' }], passScore: 5 });
  });

  it('reads numbers typed the Vietnamese way and sends them exactly: 8,5 is 8.5, 120.000.000 is 120000000', async () => {
    const fetch = mockFetch(jsonResponse(201, CREATED));
    const { onClose } = renderForm({ ...VALID, costEstimate: undefined, capacity: undefined });
    fireEvent.change(screen.getByLabelText('Điểm đạt'), { target: { value: '8,5' } });
    fireEvent.change(screen.getByLabelText('Số học viên'), { target: { value: '1.500' } });
    const cost = screen.getByLabelText('Kinh phí dự kiến');
    fireEvent.change(cost, { target: { value: '120000000' } });
    fireEvent.blur(cost);
    // Shown grouped once the user leaves the field.
    expect((cost as HTMLInputElement).value).toBe('120.000.000');

    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toMatchObject({
      passScore: 8.5,
      capacity: 1500,
      costEstimate: 120_000_000,
    });
  });

  it('refuses beside each field, never clamping: a pass score of 11, a negative cost, text that is no number', async () => {
    const fetch = mockFetch();
    renderForm(VALID);
    fireEvent.change(screen.getByLabelText('Điểm đạt'), { target: { value: '11' } });
    fireEvent.change(screen.getByLabelText('Kinh phí dự kiến'), { target: { value: '-5.000.000' } });
    fireEvent.change(screen.getByLabelText('Số học viên'), { target: { value: '8.5' } });
    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(messagesBeside('Điểm đạt')).findByText('Giá trị không được vượt quá 10'),
    ).toBeTruthy();
    expect(within(messagesBeside('Kinh phí dự kiến')).getByText('Không được là số âm')).toBeTruthy();
    expect(
      within(messagesBeside('Số học viên')).getByText(/^Không phải là số theo cách viết tiếng Việt/),
    ).toBeTruthy();
    // What was typed stays as typed: not 10, not 5.000.000, not 85.
    expect((screen.getByLabelText('Điểm đạt') as HTMLInputElement).value).toBe('11');
    expect((screen.getByLabelText('Kinh phí dự kiến') as HTMLInputElement).value).toBe('-5.000.000');
    expect((screen.getByLabelText('Số học viên') as HTMLInputElement).value).toBe('8.5');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads numbers the English way in English: 8.5 is a score, 8,5 is no number', async () => {
    const fetch = mockFetch(jsonResponse(201, CREATED));
    const { onClose } = renderForm(VALID, 'en');
    fireEvent.change(screen.getByLabelText('Pass score'), { target: { value: '8,5' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(
      await within(messagesBeside('Pass score')).findByText(/^Not a number as written in English/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Pass score'), { target: { value: '8.5' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toMatchObject({ passScore: 8.5 });
  });
});
