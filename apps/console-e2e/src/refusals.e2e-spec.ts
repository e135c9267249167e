import type { Trainee, TrainingCourse } from '@ascc/contracts';
import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';

/**
 * Refusals and limits as a Home Affairs editor meets them, in Vietnamese: enrolling a trainee who is
 * already on the course says who and how (not "duplicates an existing record"); the import states its
 * limits before a file is picked, refuses a 6 MB file in the browser as larger than 5 MB, and reports a
 * bad file cell by cell under the columns' Vietnamese headers, with the row number in view.
 */
const stamp = Date.now().toString(36).toUpperCase();
const STAFF_CODE = `RF-${stamp}`;
const NAME = `Nguyễn Thị Hoa ${stamp}`;

describe('Refusals in words: a duplicate enrolment and a bad import, in Vietnamese', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let course: TrainingCourse;

  /** The API as the Home Affairs editor, to set the scene the journey then meets in the console. */
  async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    journey = await startJourney({ timeout: 15_000 });
    ({ stack, page, ui } = journey);
    const { accessToken } = await signIn(stack.url, 'snv.editor', DEMO_PASSWORD);
    const trainee = await api<Trainee>(accessToken, 'POST', '/api/training/trainees', {
      staffCode: STAFF_CODE,
      fullName: NAME,
      gender: 'female',
      agencyCode: 'SNV',
      level: 'province',
      group: 'civil-servant',
    });
    const planned = await api<TrainingCourse>(accessToken, 'POST', '/api/training/courses', {
      code: `RF-${stamp}`,
      titleVi: `Bồi dưỡng kiến thức về ASEAN ${stamp}`,
      titleEn: `ASEAN knowledge ${stamp}`,
      topic: 'asean-cooperation',
      targetLevel: 'province',
      agencyCode: 'SNV',
      startDate: '2027-03-01',
      endDate: '2027-03-03',
      capacity: 30,
      costEstimate: 50_000_000,
    });
    course = await api<TrainingCourse>(accessToken, 'POST', `/api/training/courses/${planned.id}/status`, {
      version: planned.version,
      status: 'open',
    });
    await api(accessToken, 'POST', `/api/training/courses/${course.id}/enrolments`, {
      traineeIds: [trainee.id],
    });
  }, 120_000);
  afterAll(() => journey?.stop());

  it('says who is already on the course, and how, when the editor enrols them again', async () => {
    await page.goto(`${stack.url}/login`);
    await ui.signIn(demo('snv.editor'));
    await page.goto(`${stack.url}/training/courses/${course.id}`);
    await page.getByTestId('course-page').waitFor();
    await page.getByRole('tab', { name: /^Học viên \(1/ }).click();
    await page.getByTestId('enrol-open').click();
    const modal = page.locator('.ant-modal');
    const search = modal.locator('input[type=search], .ant-input-search input').first();
    await search.fill(STAFF_CODE);
    await search.press('Enter');
    await modal.locator('tbody tr', { hasText: STAFF_CODE }).locator('.ant-checkbox-input').check();
    await page.locator('#enrol-submit').click();
    const alert = modal.locator('.ant-alert-error');
    await ui.waitForText(
      alert,
      `Học viên ${NAME} (${STAFF_CODE}) đã có trong khóa học này (tình trạng: Đang học)`,
    );
    expect(await alert.textContent()).not.toContain('Dữ liệu bị trùng');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
  });

  it('states the import limits up front and refuses a 6 MB file in the browser as larger than 5 MB', async () => {
    await page.goto(`${stack.url}/training/trainees`);
    await page.getByTestId('import-open').click();
    await ui.waitForText(page.getByTestId('import-limits'), 'tối đa 5 MB và 5.000 dòng');
    // The help names the columns by their Vietnamese headers, not field codes.
    const help = (await page.getByTestId('import-help').textContent()) ?? '';
    expect(help).toContain('Mã cán bộ *');
    expect(help).toContain('Ngày sinh');
    expect(help).not.toContain('staffCode');
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/training/trainees/import')) sent += 1;
    });
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.alloc(6 * 1024 * 1024, 1),
    });
    await ui.waitForText(page.getByTestId('import-error'), 'Tệp lớn hơn 5 MB');
    expect(sent).toBe(0);
  });

  it('reports a bad file cell by cell under the Vietnamese headers, the row number in view', async () => {
    const csv = [
      'Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Cơ quan,Huyện,Cấp,Đối tượng',
      `${stamp}-1,Trần Văn Bình,17/05/1990,Nam,Sở Nội vụ,,Cấp tỉnh,Công chức`,
      `${stamp}-2,Lê Thị Lan,31/02/1990,Nữ,Sở Không Có,,Cấp tỉnh,Công chức`,
      `${STAFF_CODE},Người khác,01/01/1991,Nữ,Sở Nội vụ,,Cấp trung ương,Viên chức`,
    ].join('\r\n');
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'danh-sach.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await ui.waitForText(page.getByTestId('import-summary'), '2');
    const row3 = page.getByTestId('import-reasons-3');
    await ui.waitForText(row3, 'Ngày sinh: «31/02/1990» không phải là ngày hợp lệ');
    expect(await row3.textContent()).toContain(
      'Cơ quan: Không tìm thấy cơ quan «Sở Không Có» trong danh mục',
    );
    const row4 = (await page.getByTestId('import-reasons-4').textContent()) ?? '';
    expect(row4).toContain(`Mã cán bộ ${STAFF_CODE} đã là của học viên ${NAME}`);
    expect(row4).toContain('Cấp: «Cấp trung ương» không có trong danh sách lựa chọn');
    expect(row4).not.toMatch(/Invalid option|agencyCode|dateOfBirth/);
    // The row number column stays on screen however long the reasons are.
    const number = page
      .getByTestId('import-report')
      .locator('tbody tr', { hasText: 'Sở Không Có' })
      .locator('td')
      .first();
    expect(await number.textContent()).toBe('3');
    expect(await number.isVisible()).toBe(true);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
  });
});
