import fs from 'node:fs';
import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settle } from './support/screen-checks';

/**
 * Issue 8 in Chromium against the real stack with the demo province. The coordinator opens the plan
 * dashboard, sees the whole plan's figures from the read model, narrows it to a year, clicks a figure
 * and lands on the records behind it, whose totals row shows the same number, and opens one of them;
 * a plan area's page lists its activities. Then the issue's journey: "the coordinator finds two
 * agencies late, returns one report with a comment, accepts the rest, and exports the province
 * report" — two agencies' 2024 reports are submitted (through the API) now, long after 15 December
 * 2024, so they are really late. Finally the mid-term review is frozen, and an editor keeps the counts.
 */
describe('Reporting: the coordinator reads the whole plan on one page', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;

  beforeAll(async () => {
    journey = await startJourney({
      env: { SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
      viewport: { width: 1600, height: 1000 },
      timeout: 15_000,
      acceptDownloads: true,
      lang: 'en',
    });
    ({ stack, page, ui } = journey);
    // Two agencies submit their 2024 reports after its due date, 15 December 2024 (through the API: the
    // journey is the coordinator's). No other report of 2024 exists, so these two are the late ones.
    for (const [username, agencyCode, planArea] of [
      ['snv.editor', 'SNV', 'III.8'],
      ['svhttdl.editor', 'SVHTTDL', 'III.5'],
    ]) {
      const token = (await signIn(stack.url, username, DEMO_PASSWORD)).accessToken;
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`${stack.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (res.status >= 300) throw new Error(`${path}: ${res.status}`);
        return (await res.json()) as { id: string; version: number };
      };
      const report = await post('/api/reporting/reports', { agencyCode, year: 2024, planArea });
      await post(`/api/reporting/reports/${report.id}/submit`, { version: report.version });
    }
    await page.goto(stack.url);
  }, 120_000);

  afterAll(() => journey?.stop());
  // A step that failed with a drawer open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());

  const figure = (testId: string) => page.getByTestId(testId).getByTestId('figure-value');
  /** The figure once the read model has taken in the demo province's events (not zero). */
  const settledFigure = async (testId: string) => {
    for (let attempt = 0; attempt < 60; attempt++) {
      const text = (await figure(testId).textContent()) ?? '';
      if (/[1-9]/.test(text)) return text;
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByTestId('plan-dashboard').waitFor();
    }
    throw new Error(`${testId} stayed empty`);
  };

  it('shows the coordinator the trained, events, aid and budget figures of the whole plan', async () => {
    await ui.signIn(demo('sldtbxh.coordinator'));
    await page.getByTestId('plan-dashboard').waitFor();
    expect(await settledFigure('figure-trained')).toMatch(/\d/);
    expect(await settledFigure('figure-events')).toMatch(/\d/);
    expect(await settledFigure('figure-aid')).toMatch(/\d/);
    expect(await settledFigure('figure-budget')).toMatch(/\d/);
    await page
      .getByTestId('asean-countries')
      .getByText(/Thailand|Lao/)
      .first()
      .waitFor();
  });

  it('narrows the dashboard to one year and keeps it in the address', async () => {
    const whole = await figure('figure-budget').textContent();
    await page.getByTestId('dashboard-period').click();
    await page.getByTitle('Year 2020').click();
    await page.waitForURL((url) => url.searchParams.get('year') === '2020');
    // The year's figure replaces the whole plan's once the new query answers.
    for (let attempt = 0; attempt < 50 && (await figure('figure-budget').textContent()) === whole; attempt++)
      await page.waitForTimeout(200);
    expect(await figure('figure-budget').textContent()).not.toBe(whole);
    expect(await figure('figure-budget').textContent()).toMatch(/[1-9]/);
  });

  it('drills down from the approved budget to the budget lines behind it, whose total is the figure', async () => {
    const shown = await figure('figure-budget').textContent();
    await page.getByTestId('figure-budget-open').click();
    await page.waitForURL((url) => url.pathname === '/plan/records');
    const url = new URL(page.url());
    expect(url.searchParams.get('kind')).toBe('budget-line');
    expect(url.searchParams.get('year')).toBe('2020');
    await page.getByTestId('plan-records').waitFor();
    const total = page.getByTestId('records-total-approved');
    await total.waitFor();
    expect(await total.textContent()).toBe(shown);
    // A row opens its estimate in the budget section.
    await page.getByTestId('records-table').getByTestId('open-plan-record').first().click();
    await page.waitForURL((next) => /^\/budget\/[0-9a-f-]{36}$/.test(next.pathname));
    await page.getByTestId('budget-estimate').waitFor();
  });

  it("lists a plan area's activities on its page, reached from a course's plan area", async () => {
    await page.goto(`${stack.url}/plan/records?kind=course`);
    const area = page.getByTestId('records-table').getByTestId('record-plan-area').first();
    await area.waitFor();
    const code = (await area.textContent()) ?? '';
    expect(code).toMatch(/^III\.\d+$/);
    await area.click();
    await page.waitForURL((url) => url.pathname === `/plan/${code}`);
    await page.getByTestId('plan-area-page').waitFor();
    // The courses tab is open first and loads the area's courses.
    const courses = page.getByTestId('area-records-course');
    await courses.getByTestId('open-plan-record').first().waitFor();
    expect(await courses.getByTestId('open-plan-record').count()).toBeGreaterThan(0);
    expect(await courses.getByTestId('record-plan-area').first().textContent()).toBe(code);
    expect(await page.getByTestId('area-trained-open').getAttribute('href')).toBe(
      `/plan/records?kind=course&planArea=${code}`,
    );
  });

  const row = (agency: string) => page.getByTestId('list-table').locator('tbody tr', { hasText: agency });

  it('finds exactly the two agencies that reported late for 2024', async () => {
    await page.goto(`${stack.url}/`);
    await page.getByTestId('open-yearly-reports').click();
    await page.getByTestId('yearly-reports').waitFor();
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByTitle('Year 2024').click();
    await page.waitForURL((url) => url.searchParams.get('year') === '2024');
    const late = page.getByTestId('reports-late');
    await late.getByText('Department of Home Affairs').waitFor();
    expect(await page.getByTestId('reports-late-title').textContent()).toBe('Late (2)');
    const lateRows = (await late.locator('tbody tr').allTextContents()).sort();
    expect(lateRows).toHaveLength(2);
    expect(lateRows[0]).toContain('Department of Culture, Sports and TourismIII.5');
    expect(lateRows[1]).toContain('Department of Home AffairsIII.8');
    // Those who have not reported at all are overdue, listed apart.
    const missing = page.getByTestId('reports-missing');
    await missing
      .getByText(/Department of Labour, Invalids and Social Affairs/)
      .first()
      .waitFor();
    expect(await missing.getByText('Department of Home Affairs · III.8').count()).toBe(0);
    expect(await page.getByTestId('reports-missing-title').textContent()).toMatch(
      /^Overdue, not reported \(\d+\)$/,
    );
    expect(await row('Department of Home Affairs').getByText('Late', { exact: true }).count()).toBe(1);
  });

  it('returns one late report with a comment and accepts the rest', async () => {
    // The coordinator opens each submitted report and reads it all before deciding.
    await row('Department of Home Affairs').getByTestId('report-read').click();
    const reader = page.getByTestId('report-reader');
    await reader.waitFor();
    expect(await reader.textContent()).toContain('Results');
    expect(await reader.textContent()).toContain('Proposals');
    await page.getByTestId('report-return').click();
    await page.getByLabel('Comment (required to return)').fill('Please add the commune-level share');
    await page.getByTestId('report-return-ok').click();
    await row('Department of Home Affairs').getByText('Returned').waitFor();

    await row('Department of Culture, Sports and Tourism').getByTestId('report-read').click();
    await page.getByTestId('report-reader').waitFor();
    await page.getByTestId('report-accept').click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /OK|Yes/ })
      .click();
    await row('Department of Culture, Sports and Tourism').getByText('Accepted').waitFor();
    // The reader closes once the decision is made; no report is left to accept.
    await page.getByTestId('report-reader').waitFor({ state: 'detached' });
    expect(await page.getByTestId('report-accept').count()).toBe(0);
    // Still late: returning or accepting a report does not change when it came in.
    expect(await page.getByTestId('reports-late-title').textContent()).toBe('Late (2)');
  });

  it("exports the province's report as Excel and PDF", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('province-report-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-ke-hoach-38-nam-2024.xlsx');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('province-report-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('bao-cao-ke-hoach-38-nam-2024.pdf');
  });

  it("exports the province's report as a Word document", async () => {
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('province-report-docx').click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/^bao-cao-ke-hoach-38-nam-2024\.docx$/);
    const bytes = fs.readFileSync(await docx.path());
    // A DOCX is a zip: it starts with the local file header "PK\x03\x04".
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  });

  it('freezes the mid-term review after a confirmation and exports it as frozen', async () => {
    const reviews = page.getByTestId('reviews');
    await reviews.getByText('No review has been frozen yet').waitFor();
    await reviews.getByTestId('review-freeze-mid-term').click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /OK|Yes/ })
      .click();
    await reviews.getByText('2017–2020').waitFor();
    expect(await reviews.getByTestId('review-freeze-mid-term').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reviews.getByTestId('review-export-pdf-mid-term').click(),
    ]);
    expect(download.suggestedFilename()).toBe('so-ket-ke-hoach-38-2017-2020.pdf');
  });

  it("adds an indicator with a 2025 target to the plan's catalogue (the coordinator)", async () => {
    await page.goto(`${stack.url}/plan/indicators?area=III.8`);
    await page.getByTestId('indicator-table').waitFor();
    // The seeded catalogue: III.8's indicators, computed from the training records.
    await page.getByTestId('indicator-III.8-1').waitFor();
    await page.getByTestId('indicator-add').click();
    await ui.fill('Code', 'III.8-90');
    await ui.fill('Name (Vietnamese)', 'Cán bộ đạt chuẩn ngoại ngữ');
    await ui.fill('Name (English)', 'Civil servants meeting the language standard');
    await page.getByTestId('indicator-add-target').click();
    await page.getByTestId('indicator-target-value-0').fill('50');
    await ui.choose('Lead agency', 'Department of Home Affairs (until 30/06/2025)');
    await ui.submitAndWaitForSave();
    const added = page.getByTestId('indicator-III.8-90');
    await added.waitFor();
    expect(await added.textContent()).toContain('50 (2025)');
  });

  it('keeps the record counts for an editor, who may not read the plan dashboard', async () => {
    await ui.signOut();
    await ui.signIn(demo('snv.editor'));
    await page.getByTestId('count-training').waitFor();
    expect(await page.getByTestId('plan-dashboard').count()).toBe(0);
  });

  it("reports the area's indicator in the yearly report from the console; a second save keeps every indicator (Home Affairs' editor)", async () => {
    // The returned 2024 report of Home Affairs on III.8 lists III.8's reported indicator.
    await page.goto(`${stack.url}/reports?year=2024`);
    await row('Department of Home Affairs').getByTestId('report-edit').click();
    await page.getByTestId('report-indicator-value-III.8-90').fill('37');
    await page.getByTestId('report-indicator-source-III.8-90').fill('Kết quả kiểm tra B1');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-indicators').waitFor({ state: 'hidden' });
    // Opened again: the value is there; saved again without touching it.
    await row('Department of Home Affairs').getByTestId('report-edit').click();
    const value = page.getByTestId('report-indicator-value-III.8-90');
    await value.waitFor();
    expect(await value.inputValue()).toBe('37');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-indicators').waitFor({ state: 'hidden' });

    const token = (await signIn(stack.url, 'snv.editor', DEMO_PASSWORD)).accessToken;
    const res = await fetch(`${stack.url}/api/reporting/reports?year=2024&agencyCode=SNV`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const reports = (await res.json()) as {
      items: { planArea: string; version: number; indicators: Record<string, unknown>[] }[];
    };
    const report = reports.items.find((r) => r.planArea === 'III.8');
    expect(report?.indicators).toEqual([
      {
        code: 'III.8-90',
        name: 'Cán bộ đạt chuẩn ngoại ngữ',
        target: 50,
        actual: 37,
        source: 'Kết quả kiểm tra B1',
      },
    ]);
  });

  it("shows an own-agency editor only its agency's records behind the figures, on both screens in both languages", async () => {
    // A context of its own, so that the language can change between pages as a user's choice does.
    const own = await journey.openContext({ viewport: { width: 1366, height: 768 }, lang: 'vi' });
    const seen: { screen: string; named: boolean; text: string }[] = [];
    try {
      await own.page.goto(`${stack.url}/login`);
      await own.ui.signIn(demo('snv.editor'));
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await own.page.setViewportSize(viewport);
        for (const lang of ['vi', 'en']) {
          await own.page.evaluate(`window.localStorage.setItem('ascc.console.lang', '${lang}')`);
          // Home Affairs reads every agency's training; its delegations are its own agency's only.
          await own.page.goto(`${stack.url}/plan/records?kind=delegation`);
          const notice = own.page.getByTestId('records-own-agency');
          await notice.waitFor();
          await own.page.getByTestId('records-table').waitFor();
          await settle(own.page);
          const text = (await notice.textContent()) ?? '';
          const agency = lang === 'vi' ? 'Sở Nội vụ' : 'Department of Home Affairs';
          seen.push({ screen: `${viewport.width} ${lang}`, named: text.includes(agency), text });
          expect(await horizontalOverflow(own.page)).toBeUndefined();
        }
      }
    } finally {
      await own.context.close();
    }
    expect(seen.filter((s) => !s.named)).toEqual([]);
    expect(seen.map((s) => s.screen)).toEqual(['1366 vi', '1366 en', '390 vi', '390 en']);
  });
});
