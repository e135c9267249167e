import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Stack } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { createCourse } from './support/course-form';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * Home Affairs runs a course from plan to certificates in the built console against the real stack: a
 * course on international integration for commune staff, 30 trainees imported from an XLSX file,
 * enrolled, marked present, scored, the course completed, a certificate downloaded — and the statistics
 * show 30 more people trained at commune level.
 */
const stamp = Date.now().toString(36).toUpperCase();
const CODE = `HN-${stamp}`;
const STATS_URL = '/training/stats?yearFrom=2026&yearTo=2026&topic=international-integration&level=commune';

async function traineesXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Học viên');
  sheet.addRow([
    'staffCode',
    'fullName',
    'dateOfBirth',
    'gender',
    'districtCode',
    'commune',
    'level',
    'group',
    'position',
  ]);
  for (let i = 1; i <= 30; i++) {
    sheet.addRow([
      `${stamp}-${String(i).padStart(2, '0')}`,
      `${i % 2 ? 'Nguyễn Thị' : 'Trần Văn'} ${stamp} ${i}`,
      `199${i % 10}-0${(i % 9) + 1}-15`,
      i % 2 ? 'Nữ' : 'Nam',
      'H-KIENXUONG',
      'Xã An Bình',
      'commune',
      'civil-servant',
      'Công chức văn phòng - thống kê',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Training: a Home Affairs course from plan to certificates', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let coursePath = '';

  const toast = (text: string) => page.locator('.ant-message-notice', { hasText: text }).first().waitFor();
  const communeTrained = async () => {
    await page.goto(stack.url + STATS_URL);
    const value = page.getByTestId('stats-commune').locator('.ant-statistic-content-value');
    await value.waitFor();
    return Number((await value.textContent())?.replace(/\D/g, '') || '0');
  };

  beforeAll(async () => {
    journey = await startJourney({
      env: { SEED_DEMO_DATA: 'true' },
      timeout: 15_000,
      acceptDownloads: true,
    });
    ({ stack, page, ui } = journey);
  }, 120_000);
  // A step that failed with a drawer or modal open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  let before = 0;

  it('signs in as the Home Affairs editor, in English, and reads the commune figure before', async () => {
    await page.goto(stack.url);
    await page.waitForURL(`${stack.url}/login`);
    await page.getByTestId('lang-switch').getByText('English').click();
    await ui.signIn(demo('snv.editor'));
    before = await communeTrained();
    // The demo province is seeded: earlier years have figures, and the chart draws them.
    await page.goto(`${stack.url}/training/stats?level=commune`);
    await page.locator('.recharts-surface').first().waitFor();
  });

  it('creates a course on international integration for commune staff, with its sessions', async () => {
    await page.goto(`${stack.url}/training`);
    await page.getByRole('heading', { level: 2, name: 'Training courses' }).waitFor();
    await ui.openCreateForm('New course');
    coursePath = await createCourse(
      ui,
      {
        code: CODE,
        titleVi: `Bồi dưỡng kiến thức hội nhập quốc tế cho công chức cấp xã ${stamp}`,
        titleEn: `International integration for commune civil servants ${stamp}`,
        topic: 'International integration',
        level: 'Commune level',
        venue: 'Hội trường UBND huyện Kiến Xương',
        startDate: '2026-05-11',
        endDate: '2026-05-13',
        sessions: ['2026-05-11', '2026-05-12'].map((date, i) => ({ date, topic: `Chuyên đề ${i + 1}` })),
        trainees: '40',
        cost: '85000000',
      },
      stamp,
    );
    expect(await page.getByTestId('course-status').textContent()).toBe('Planned');
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByText('Chuyên đề 2').waitFor();
  });

  it('imports 30 trainees from an XLSX file: checked row by row first, then written whole', async () => {
    await page.getByRole('tab', { name: 'Trainees' }).first().click();
    await page
      .getByRole('heading', { level: 2, name: 'Cadres, civil servants and public employees' })
      .waitFor();
    await page.getByTestId('import-open').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: `trainees-${stamp}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await traineesXlsx(),
    });
    await ui.waitForText(page.getByTestId('import-summary'), 'Checked: 30 valid rows, nothing written yet');
    expect(await page.getByTestId('import-report').locator('tbody tr', { hasText: 'Accepted' }).count()).toBe(
      30,
    );
    await page.getByTestId('import-commit').click();
    await ui.waitForText(page.getByTestId('import-summary'), '30 trainees imported');
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await ui.search(stamp);
    await ui.waitForText(page.getByTestId('list-table'), `${stamp}-30`);
  });

  it("edits an imported trainee from its drawer at 1366×768 and reads the change in the trainee's history", async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await ui.search(`${stamp}-01`);
    await ui.openRecord(`${stamp}-01`);
    await page.getByTestId('edit-trainee').click();
    const form = page.locator('.ant-drawer', { hasText: 'Edit trainee · ' });
    await form.getByTestId('form-submit').waitFor();
    // The create's rules, beside the field, before anything is sent.
    await form.getByLabel('Staff code', { exact: true }).fill('x');
    await form.getByTestId('form-submit').click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await form.getByLabel('Staff code', { exact: true }).fill(`${stamp}-01`);
    await form.getByLabel('Position', { exact: true }).fill('Chuyên viên Phòng Nội vụ');
    await form.getByTestId('form-submit').click();
    await form.getByTestId('form-submit').waitFor({ state: 'detached' });
    await toast('Changes saved');

    const drawer = page.getByTestId('record-drawer');
    await drawer.getByTestId('history-tab').click();
    const change = drawer.getByTestId('history-entry').first().getByTestId('change-position');
    await ui.waitForText(change, 'Position: Công chức văn phòng - thống kê → Chuyên viên Phòng Nội vụ');
    await ui.waitForText(drawer.getByTestId('history-entry').first(), 'snv.editor');
    // Before the edit, its creation by the import, naming the file.
    await ui.waitForText(
      drawer.getByTestId('history-entry').nth(1).getByTestId('change-importFile'),
      `Imported from file: trainees-${stamp}.xlsx`,
    );
    expect(await drawer.getByTestId('history-entry').count()).toBe(2);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("finds an imported trainee with the header's search: opened by its shortcut, typed without diacritics", async () => {
    // Away from any field, so that "/" opens the search rather than typing a slash.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    const input = page.getByTestId('global-search-input');
    await input.waitFor();
    await input.fill(`nguyen thi ${stamp.toLowerCase()} 29`);
    const group = page.getByTestId('global-search-group-trainee');
    await ui.waitForText(group, `Nguyễn Thị ${stamp} 29`);
    expect(await group.getByTestId('global-search-hit').count()).toBe(1);
    await input.press('Enter');
    await page.waitForURL(/\/training\/trainees\/[0-9a-f-]{36}$/);
    const drawer = page.getByTestId('record-drawer');
    await ui.waitForText(drawer, `${stamp}-29`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('opens enrolment and enrols the 30 in bulk', async () => {
    await page.goto(stack.url + coursePath);
    await ui.confirm('course-to-open');
    await ui.waitForText(page.getByTestId('course-status'), 'Open for enrolment');
    await page.getByRole('tab', { name: /^Trainees \(/ }).click();
    await page.getByTestId('enrol-open').click();
    const modal = page.locator('.ant-modal');
    const search = modal.locator('input[type=search], .ant-input-search input').first();
    await search.fill(stamp);
    await search.press('Enter');
    await modal.locator('tbody tr', { hasText: `${stamp}-30` }).waitFor();
    await modal.locator('.ant-table-thead .ant-checkbox-input').first().check();
    await page.locator('#enrol-submit').click();
    await toast('30 enrolled; 0 on the waitlist');
    await page.getByRole('tab', { name: 'Trainees (30 · waitlist 0)' }).waitFor();
  });

  it('starts the course, marks everyone present at both sessions and records scores', async () => {
    await ui.confirm('course-to-in-progress');
    await ui.waitForText(page.getByTestId('course-status'), 'In progress');
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await page.getByTestId('all-present-0').first().click();
    await page.getByTestId('all-present-1').first().click();
    await page.getByTestId('attendance-save').click();
    await toast('Changes saved');

    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByLabel('Fill in for those without a score').fill('8');
    await page.getByTestId('fill-scores').click();
    await page.getByTestId('scores-save').click();
    await toast('Changes saved');
  });

  it('completes the course and downloads a certificate, a PDF', async () => {
    await ui.confirm('course-to-completed');
    await ui.waitForText(page.getByTestId('course-status'), 'Completed');
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.locator('.ant-tag', { hasText: 'Passed' }).first().waitFor();
    await page.getByRole('tab', { name: 'Certificates' }).click();
    const table = page.getByTestId('certificates-table');
    await table.locator('tbody tr').nth(29).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(30);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Download certificate (PDF)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^CC-2026-\d{6}\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // A completed course is closed for edits.
    expect(await page.getByTestId('course-edit').isDisabled()).toBe(true);
  });

  it('shows 30 more people trained in integration at commune level in the statistics', async () => {
    expect(await communeTrained()).toBe(before + 30);
    await page
      .getByTestId('stats-table')
      .locator('tbody tr', { hasText: 'International integration' })
      .first()
      .waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('stats-export-csv').click(),
    ]);
    const text = fs.readFileSync(await csv.path(), 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('year,topic,level,group,gender,agencyCode,trained,completed');
    expect(lines.slice(1).every((l) => l.startsWith('2026,international-integration,commune,'))).toBe(true);
    expect(lines.slice(1).reduce((s, l) => s + Number(l.split(',')[6]), 0)).toBe(before + 30);
  });
});
