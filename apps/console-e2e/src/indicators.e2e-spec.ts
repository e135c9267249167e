import ExcelJS from 'exceljs';
import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage, Credentials } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settle } from './support/screen-checks';

/** Labour's editor, made by the admin for this journey (the demo province has none). */
const LABOUR: Credentials = { username: 'sldtbxh.editor', password: 'Lao-Dong-Thai-Binh-2026!' };
const CODE = 'III.2-90';

/** The indicator screens' own tables (other lists may scroll on a phone, as every list of the console does). */
const INDICATOR_TABLES = [
  'indicator-table',
  'dashboard-indicators',
  'area-indicators',
  'report-indicators',
  'indicator-detail-',
];

/** The indicator tables that scroll sideways inside their frame (by their test id), on this screen. */
async function tablesScrollingSideways(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const ids = ${JSON.stringify(INDICATOR_TABLES)};
    const found = [];
    for (const frame of Array.from(document.querySelectorAll('.ant-table-content, .ant-table-body'))) {
      if (frame.scrollWidth <= frame.clientWidth + 1) continue;
      const owner = frame.closest('[data-testid]');
      const id = owner && owner.getAttribute('data-testid');
      if (!id || !ids.some((prefix) => id.startsWith(prefix))) continue;
      found.push((owner && owner.getAttribute('data-testid')) + ': ' + frame.scrollWidth + ' px in ' + frame.clientWidth);
    }
    return found;
  })()`);
}

/**
 * Issue 20's "Done when", the parts that exist, in Chromium against the real stack: the coordinator
 * defines an indicator with a 2025 target; Labour's editor reports its 2024 value in the yearly report
 * from the console, and a second save keeps it; the public page does not show it until the coordinator
 * accepts the report; then the dashboard, the area page, the province report and the public page show
 * its progress and status. Last, the indicator screens are looked at on a 390-px phone in Vietnamese
 * and at 1366×768 in English: nothing scrolls sideways, not the page and not a table inside it.
 */
describe('Indicators: from the catalogue to the public page', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;

  const api = async (token: string, path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  const row = (text: string) => page.getByTestId('list-table').locator('tbody tr', { hasText: text });

  /** The public page as a visitor opens it: a fresh browser (no session, no cached answer), in English. */
  async function publicIndicator(): Promise<{ latest: string; status: string }> {
    const visitor = await journey.openContext({ viewport: { width: 1366, height: 768 }, lang: 'en' });
    try {
      await visitor.page.goto(`${stack.url}/public/plan`);
      const card = visitor.page.getByTestId(`public-indicator-${CODE}`);
      await card.waitFor();
      return {
        latest: (await card.getByTestId(`public-latest-${CODE}`).textContent()) ?? '',
        status: (await card.getByTestId(`public-status-${CODE}`).textContent()) ?? '',
      };
    } finally {
      await visitor.context.close();
    }
  }

  beforeAll(async () => {
    journey = await startJourney({
      env: { LOG_LEVEL: 'silent' },
      viewport: { width: 1366, height: 768 },
      timeout: 15_000,
      acceptDownloads: true,
      lang: 'en',
    });
    ({ stack, page, ui } = journey);
    // The admin makes Labour's editor; their first password is changed at once, as the console demands.
    const admin = (await signIn(stack.url, 'admin', DEMO_PASSWORD)).accessToken;
    const first = 'Tam-Thoi-Thai-Binh-2026!';
    await api(admin, '/api/identity/users', 'POST', {
      username: LABOUR.username,
      displayName: 'Biên tập viên Sở LĐTBXH',
      agencyCode: 'SLDTBXH',
      roles: ['editor'],
      password: first,
    });
    const editor = (await signIn(stack.url, LABOUR.username, first)).accessToken;
    await api(editor, '/api/auth/password', 'POST', { currentPassword: first, newPassword: LABOUR.password });
    await page.goto(stack.url);
  }, 180_000);

  afterAll(() => journey?.stop());
  afterEach(() => journey.closeOpenLayers());

  it('lets the coordinator define an indicator with a 2025 target', async () => {
    await ui.signIn(demo('sldtbxh.coordinator'));
    await page.goto(`${stack.url}/plan/indicators?area=III.2`);
    await page.getByTestId('indicator-table').waitFor();
    await page.getByTestId('indicator-add').click();
    await ui.fill('Code', CODE);
    await ui.fill('Name (Vietnamese)', 'Tỷ lệ lao động qua đào tạo nghề');
    await ui.fill('Name (English)', 'Share of workers with vocational training');
    await page.getByTestId('indicator-add-target').click();
    await page.getByTestId('indicator-target-value-0').fill('70');
    await ui.choose('Lead agency', 'Department of Labour, Invalids and Social Affairs (until 28/02/2025)');
    await ui.submitAndWaitForSave();
    const added = page.getByTestId(`indicator-${CODE}`);
    await added.waitFor();
    expect(await added.textContent()).toContain('70 (2025)');
    await ui.signOut();
  });

  it("lets Labour's editor report the 2024 value in the yearly report; a second save keeps it", async () => {
    await ui.signIn(LABOUR);
    await page.goto(`${stack.url}/reports?year=2024`);
    await page.getByLabel('Plan area').click();
    await page.locator('.ant-select-item-option', { hasText: 'III.2 ·' }).click();
    await page.getByTestId('report-create').click();
    await row('III.2').getByTestId('report-edit').click();
    await page.getByTestId(`report-indicator-value-${CODE}`).fill('64');
    await page.getByTestId(`report-indicator-source-${CODE}`).fill('Điều tra lao động - việc làm 2024');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-indicators').waitFor({ state: 'hidden' });
    // Opened again: the value is there; saved again without touching it.
    await row('III.2').getByTestId('report-edit').click();
    const value = page.getByTestId(`report-indicator-value-${CODE}`);
    await value.waitFor();
    expect(await value.inputValue()).toBe('64');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-indicators').waitFor({ state: 'hidden' });

    const token = (await signIn(stack.url, LABOUR.username, LABOUR.password)).accessToken;
    const res = await api(token, '/api/reporting/reports?year=2024&agencyCode=SLDTBXH');
    const { items } = (await res.json()) as { items: { planArea: string; indicators: object[] }[] };
    expect(items.find((r) => r.planArea === 'III.2')?.indicators).toEqual([
      {
        code: CODE,
        name: 'Tỷ lệ lao động qua đào tạo nghề',
        target: 70,
        actual: 64,
        source: 'Điều tra lao động - việc làm 2024',
      },
    ]);

    await row('III.2').getByTestId('report-submit').click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /OK|Yes/ })
      .click();
    await row('III.2').getByText('Submitted').waitFor();
    await ui.signOut();
  });

  it('keeps the value off the public page while the report is only submitted', async () => {
    expect(await publicIndicator()).toEqual({ latest: 'No published value yet', status: 'No data' });
  });

  it('shows the progress and status on the dashboard and the area page once the coordinator accepts the report', async () => {
    await ui.signIn(demo('sldtbxh.coordinator'));
    await page.goto(`${stack.url}/reports?year=2024`);
    await row('Department of Labour').getByTestId('report-read').click();
    await page.getByTestId('report-accept').click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /OK|Yes/ })
      .click();
    await row('Department of Labour').getByText('Accepted').waitFor();

    // 64 in 2024 against the 2025 target of 70 (no baseline): short by 6, within 20% → at risk.
    for (const [url, card] of [
      ['/?year=2024', 'dashboard-indicators'],
      ['/plan/III.2', 'area-indicators'],
    ]) {
      await page.goto(`${stack.url}${url}`);
      const latest = page.getByTestId(card).getByTestId(`indicator-latest-${CODE}`);
      await latest.waitFor();
      expect(await latest.textContent()).toBe('64 (2024)');
      expect(await page.getByTestId(card).getByTestId(`indicator-status-${CODE}`).textContent()).toBe(
        'At risk',
      );
    }
  });

  it('carries the indicator in the province report and on the public page', async () => {
    await page.goto(`${stack.url}/reports?year=2024`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('province-report-export').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()) as string);
    const rows: string[] = [];
    workbook.getWorksheet('Chi tieu')?.eachRow((r) => rows.push((r.values as unknown[]).join('|')));
    const line = rows.find((r) => r.includes(CODE)) ?? '';
    expect(line).toContain('64');
    expect(line).toMatch(/Có nguy cơ|At risk/);

    expect(await publicIndicator()).toEqual({ latest: 'Achieved: 64 (2024)', status: 'At risk' });
    await ui.signOut();
  });

  it('fits the indicator screens on a 390-px phone in Vietnamese and at 1366×768 in English', async () => {
    // Another of Labour's 2024 reports, in draft, so that its indicators editor can be opened on both screens.
    const token = (await signIn(stack.url, LABOUR.username, LABOUR.password)).accessToken;
    await api(token, '/api/reporting/reports', 'POST', {
      agencyCode: 'SLDTBXH',
      year: 2024,
      planArea: 'III.1',
    });
    const problems: string[] = [];
    for (const [viewport, lang] of [
      [{ width: 390, height: 844 }, 'vi'],
      [{ width: 1366, height: 768 }, 'en'],
    ] as const) {
      const seen = await journey.openContext({ viewport, lang });
      const where = `${viewport.width} ${lang}`;
      const look = async (what: string) => {
        await settle(seen.page);
        const overflow = await horizontalOverflow(seen.page);
        if (overflow) problems.push(`${where} ${what}: the page scrolls sideways (${overflow.widest})`);
        for (const table of await tablesScrollingSideways(seen.page))
          problems.push(`${where} ${what}: a table scrolls sideways: ${table}`);
      };
      try {
        await seen.page.goto(`${stack.url}/public/plan`);
        await seen.page.getByTestId(`public-indicator-${CODE}`).waitFor();
        await look('public page');

        await seen.page.goto(`${stack.url}/login`);
        await seen.ui.signIn(demo('sldtbxh.coordinator'));
        await seen.page.goto(`${stack.url}/plan/indicators`);
        await seen.page.getByTestId(`indicator-${CODE}`).waitFor();
        await look('catalogue');
        for (const [url, card] of [
          ['/?year=2024', 'dashboard-indicators'],
          ['/plan/III.2', 'area-indicators'],
        ]) {
          await seen.page.goto(`${stack.url}${url}`);
          const indicatorRow = seen.page.getByTestId(card).getByTestId(`indicator-row-${CODE}`);
          await indicatorRow.waitFor();
          // Opened: its chart and values by year.
          await indicatorRow.locator('.ant-table-row-expand-icon').click();
          await seen.page.getByTestId(`indicator-detail-${CODE}`).waitFor();
          await look(url);
        }
        await seen.ui.signOut();

        await seen.ui.signIn(LABOUR);
        await seen.page.goto(`${stack.url}/reports?year=2024`);
        await seen.page
          .getByTestId('list-table')
          .locator('tbody tr', { hasText: 'III.1' })
          .getByTestId('report-edit')
          .click();
        await seen.page.getByTestId('report-indicators').waitFor();
        await look('yearly report editor');
      } finally {
        await seen.context.close();
      }
    }
    expect(problems).toEqual([]);
  });
});
