// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../test/render';
import { SNV_EDITOR } from '../../../test/users';
import { SearchTrigger, isSearchShortcut } from '../components/search-trigger';
import { listPath, recordPath } from '../search-paths';

const TRAINEE = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  title: 'Nguyễn Thị Ánh Tuyết',
  detail: 'TIM-01',
};
const COURSE = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  title: 'Tiếng Anh cho cán bộ',
  titleEn: 'English for officials',
  detail: 'KH-01',
  agencyCode: 'SNV',
};
const answer = (q: string) => ({
  q,
  groups: [
    { kind: 'course', status: 'ok', items: [COURSE] },
    { kind: 'trainee', status: 'ok', items: [TRAINEE] },
    { kind: 'estimate', status: 'unavailable', items: [] },
    { kind: 'event', status: 'ok', items: [] },
  ],
});

function renderTrigger(lang: 'vi' | 'en' = 'vi') {
  const fetch = routeFetch((url) => {
    const q = new URL(url, 'http://x').searchParams.get('q') ?? '';
    return jsonResponse(200, q.includes('khong') ? { q, groups: [] } : answer(q));
  });
  renderScreen(
    <>
      <input data-testid="elsewhere" />
      <SearchTrigger />
      <LocationProbe />
    </>,
    { lang, url: '/', user: SNV_EDITOR },
  );
  return fetch;
}

const key = (init: KeyboardEventInit, target: Document | Element = document.body) =>
  fireEvent.keyDown(target, { bubbles: true, ...init });

describe(SearchTrigger.name, () => {
  it('opens with "/", searches the words as typed, groups by kind and opens the chosen record by keyboard', async () => {
    const fetch = renderTrigger('vi');
    act(() => void key({ key: '/' }));
    const input = await screen.findByTestId('global-search-input');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(screen.getByText('Gõ ít nhất 2 ký tự (không cần gõ dấu).')).toBeTruthy();

    fireEvent.change(input, { target: { value: 'nguyen thi' } });
    const trainees = await screen.findByTestId('global-search-group-trainee');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/search?q=nguyen+thi']);
    expect(within(trainees).getByText('Học viên')).toBeTruthy();
    expect(within(trainees).getByText('Nguyễn Thị Ánh Tuyết')).toBeTruthy();
    // A kind whose service did not answer says so; a kind with nothing found is not shown.
    expect(
      within(screen.getByTestId('global-search-group-estimate')).getByText(
        'Dịch vụ chưa trả lời: chưa có kết quả loại này.',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('global-search-group-event')).toBeNull();
    // "See all" opens the kind's list filtered with the same words.
    expect(screen.getByTestId('global-search-all-trainee').getAttribute('href')).toBe(
      '/training/trainees?q=nguyen+thi',
    );

    const hits = screen.getAllByTestId('global-search-hit');
    expect(hits.map((h) => h.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    key({ key: 'ArrowDown' }, input);
    expect(input.getAttribute('aria-activedescendant')).toBe('global-search-option-1');
    key({ key: 'Enter' }, input);
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/training/trainees/${TRAINEE.id}`),
    );
  });

  it('opens with Ctrl+K even in a field, not with "/" typed in one; says when nothing is found', async () => {
    renderTrigger('en');
    const field = screen.getByTestId('elsewhere');
    key({ key: '/' }, field);
    expect(screen.queryByTestId('global-search-input')).toBeNull();
    act(() => void key({ key: 'k', ctrlKey: true }, field));
    const input = await screen.findByTestId('global-search-input');
    fireEvent.change(input, { target: { value: 'khong co' } });
    expect(await screen.findByText('Nothing found for “khong co”.')).toBeTruthy();
  });

  it('shows English names in English', async () => {
    renderTrigger('en');
    fireEvent.click(screen.getByTestId('global-search-open'));
    fireEvent.change(await screen.findByTestId('global-search-input'), { target: { value: 'tieng anh' } });
    const courses = await screen.findByTestId('global-search-group-course');
    expect(within(courses).getByText('Training courses')).toBeTruthy();
    expect(within(courses).getByText('English for officials')).toBeTruthy();
  });
});

describe('search shortcuts and paths', () => {
  const event = (init: KeyboardEventInit, target?: HTMLElement) => {
    const e = new KeyboardEvent('keydown', init);
    if (target) Object.defineProperty(e, 'target', { value: target });
    return e;
  };

  it('takes "/" outside fields and Ctrl/⌘+K anywhere', () => {
    expect(isSearchShortcut(event({ key: '/' }, document.body))).toBe(true);
    expect(isSearchShortcut(event({ key: '/' }, document.createElement('textarea')))).toBe(false);
    expect(isSearchShortcut(event({ key: 'K', metaKey: true }, document.createElement('input')))).toBe(true);
    expect(isSearchShortcut(event({ key: 'k' }, document.body))).toBe(false);
  });

  it("opens each kind's record and list", () => {
    const id = TRAINEE.id;
    expect(recordPath('course', { id })).toBe(`/training/courses/${id}`);
    expect(recordPath('estimate', { id })).toBe(`/budget/${id}`);
    expect(recordPath('report', { id, year: 2024 })).toBe(`/reports?year=2024&id=${id}`);
    expect(listPath('ngo', ' ngoai giao ')).toBe('/aid?q=ngoai+giao');
  });
});
