import type { RunRemindersResult } from '@ascc/contracts';
import { type DemoApi, demoApi, waitFor } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settle } from './support/screen-checks';

/**
 * Issue 21, "done when": a report due in 7 days is reminded once, even with two copies running. Home
 * Affairs owes three reports for 2024 and has submitted two (through the API); the reminders run for 8
 * December 2024 — twice at once, shared by the two copies of the reporting service, and once more — and
 * the agency's report editor, whose inbox is open, sees exactly one reminder arrive for the missing
 * report without reloading, at 1366×768 in English, and the same one on a 390 px phone in Vietnamese.
 */
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

describe('a report due in 7 days, reminded once with two copies running', () => {
  let journey: Journey;
  let page: Page;
  let ui: ConsolePage;
  let url = '';
  let api: DemoApi;
  const reportItems = (p: Page) => p.getByTestId('inbox-item').filter({ hasText: '2024' });

  beforeAll(async () => {
    journey = await startJourney({
      env: { LOG_LEVEL: 'silent' },
      viewport: DESK,
      lang: 'en',
      copies: { reporting: 2 },
      timeout: 15_000,
    });
    ({ page, ui } = journey);
    url = journey.stack.url;
    api = demoApi(journey.stack, DEMO_PASSWORD);
    for (const planArea of ['III.1', 'III.8']) {
      const report = await api<{ id: string; version: number }>(
        'snv.editor',
        'POST',
        '/api/reporting/reports',
        {
          agencyCode: 'SNV',
          year: 2024,
          planArea,
        },
      );
      await api('snv.editor', 'POST', `/api/reporting/reports/${report.id}/submit`, {
        version: report.version,
      });
    }
    // Signed in once first: two sign-ins of one user at once would cancel each other's second step.
    await api('admin', 'GET', '/api/auth/me');
  }, 300_000);
  afterAll(() => journey?.stop());

  it('brings the report editor one reminder while the inbox is open, in English at 1366×768', async () => {
    await page.goto(url);
    await ui.signIn(demo('snv.editor'));
    await page.goto(`${url}/inbox`);
    await settle(page);
    expect(await reportItems(page).count()).toBe(0);

    const run = () =>
      api<RunRemindersResult>('admin', 'POST', '/api/notifications/reminders/run', { date: '2024-12-08' });
    const runs = [...(await Promise.all([run(), run()])), await run()];
    // Every agency's missing 2024 reports, each delivered by exactly one of the runs.
    expect(runs.filter((r) => r.created > 0)).toHaveLength(1);

    // No reload: the run's live notice refreshes the open inbox (the bell's own poll is a minute).
    await waitFor(async () => (await reportItems(page).count()) > 0, 'the reminder in the open inbox', 5_000);
    await settle(page);
    expect(await reportItems(page).count()).toBe(1);
    const text = (await reportItems(page).textContent()) ?? '';
    expect(text).toContain('The 2024 report on area III.9 is due by');
    expect(text).toContain('7 days left');
    expect(await horizontalOverflow(page)).toBeUndefined();
  });

  it('shows the same one reminder in Vietnamese on a 390 px phone', async () => {
    const phone = await journey.openContext({ viewport: PHONE, lang: 'vi' });
    try {
      await phone.page.goto(url);
      await phone.ui.signIn(demo('snv.editor'));
      await phone.page.goto(`${url}/inbox`);
      await reportItems(phone.page).first().waitFor();
      await settle(phone.page);
      expect(await reportItems(phone.page).count()).toBe(1);
      expect(await reportItems(phone.page).textContent()).toContain('III.9');
      expect(await horizontalOverflow(phone.page)).toBeUndefined();
    } finally {
      await phone.context.close();
    }
  });
});
