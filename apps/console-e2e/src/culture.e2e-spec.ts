import type { Stack } from '@ascc/testing';
import type { Browser, Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * The culture journey of issue 6, in Chromium against the real stack: a Culture editor plans an ASEAN
 * culture week in Thái Bình city with troupes from Laos and Thailand, confirms it, finds it on the
 * calendar, in the iCal feed and on the public page (seen by a citizen without an account, in English),
 * records it as held with 5,000 attendees, and finds it in the year's report.
 */
const EDITOR = demo('svhttdl.editor');

const stamp = Date.now().toString(36).toUpperCase();
const TITLE_EN = `ASEAN culture week ${stamp}`;
const TITLE_VI = `Tuần văn hóa ASEAN ${stamp}`;
/** Ten days from now, for a week: an upcoming event. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const START = day(10);
const END = day(16);
const YEAR = START.slice(0, 4);

describe('Culture: an ASEAN culture week from plan to report', () => {
  let journey: Journey;
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let ui: ConsolePage;
  let eventUrl = '';

  beforeAll(async () => {
    journey = await startJourney();
    ({ stack, browser, page, ui } = journey);
  }, 90_000);
  afterAll(() => journey?.stop());

  it('lets the Culture editor plan the culture week in Thái Bình city with troupes from Laos and Thailand', async () => {
    await page.goto(`${stack.url}/login`);
    await page.getByTestId('lang-switch').getByText('English').click();
    await ui.signIn(EDITOR);
    await ui.openSection('nav-culture', 'Cultural, sports and tourism events');
    await ui.openCreateForm('New event');
    await ui.fill('Title (Vietnamese)', TITLE_VI);
    await ui.fill('Title (English)', TITLE_EN);
    await ui.choose('Event type', 'Culture week');
    await ui.choose('District', 'Thai Binh City');
    await ui.fill('Venue', 'Quảng trường Thái Bình');
    await ui.pickDate('Start date', START);
    await ui.pickDate('End date', END);
    const troupes = [
      { name: 'Đoàn Nghệ thuật tỉnh Hủa Phăn', country: 'Lao PDR', size: '32' },
      { name: 'Udon Thani folk dance troupe', country: 'Thailand', size: '24' },
    ];
    for (const [i, troupe] of troupes.entries()) {
      await page.getByTestId('add-troupe').click();
      await ui.drawer.getByLabel('Troupe name', { exact: true }).nth(i).fill(troupe.name);
      const country = ui.drawer.getByLabel('Troupe country', { exact: true }).nth(i);
      await country.click();
      await country.fill(troupe.country);
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      await dropdown.locator(`.ant-select-item-option[title="${troupe.country}"]`).click();
      await dropdown.waitFor({ state: 'hidden' });
      await ui.drawer.getByLabel('Members', { exact: true }).nth(i).fill(troupe.size);
    }
    await ui.fill('Expected audience', '4000');
    await ui.fill('Estimated cost', '350000000');
    await ui.fill('Organiser contact (internal)', `Chị Lan 0912 ${stamp}`);
    await ui.submitAndWaitForSave();

    await ui.search(`tuan van hoa ${stamp}`);
    const row = ui.row(TITLE_EN);
    await row.waitFor();
    expect(await row.textContent()).toContain('Lao PDR');
    expect(await row.textContent()).toContain('Thailand');
    await row.getByTestId('open-record').click();
    await page.getByTestId('event-title').filter({ hasText: TITLE_EN }).waitFor();
    eventUrl = page.url();
    const countries = await page.getByTestId('event-countries').textContent();
    expect(countries).toContain('Lao PDR · ASEAN');
    expect(countries).toContain('Thailand · ASEAN');
    expect(await page.getByTestId('event-troupes').textContent()).toContain('Hủa Phăn');
    expect(await page.getByTestId('event-status').textContent()).toBe('Planned');
  });

  it('confirms it, after a confirmation dialog', async () => {
    await page.getByTestId('event-action-confirmed').click();
    await page.getByRole('dialog').getByText(`Confirm: ${TITLE_EN}?`).waitFor();
    await page.getByTestId('event-action-ok').click();
    await page.getByTestId('event-status').filter({ hasText: 'Confirmed' }).waitFor();
  });

  it('finds it on the calendar, in its month and in the list view', async () => {
    await page.getByTestId('culture-tab-calendar').click();
    await page.getByTestId('cal-grid').waitFor();
    // Ten days ahead may be next month.
    if (!(await page.getByTestId(`cal-day-${START}`).isVisible())) await page.getByTestId('cal-next').click();
    await page
      .getByTestId(`cal-day-${START}`)
      .getByTestId('cal-event')
      .filter({ hasText: TITLE_EN })
      .waitFor();
    await page.getByTestId('cal-view').getByText('List').click();
    await page.getByTestId('cal-list').locator('tbody tr', { hasText: TITLE_EN }).waitFor();
    expect(await page.getByTestId('cal-ics').getAttribute('href')).toBe(
      '/api/public/culture/calendar.ics?lang=en',
    );
  });

  it('lists it in the public iCal feed that calendar programs subscribe to', async () => {
    const res = await fetch(`${stack.url}/api/public/culture/calendar.ics?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain(`SUMMARY:${TITLE_EN}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${START.replace(/-/g, '')}`);
    expect(ics).not.toContain(stamp.toLowerCase() + '@');
  });

  it('shows it to a citizen without an account on the public ASEAN page, in English, with nothing internal', async () => {
    const citizen = await (await browser.newContext()).newPage();
    try {
      await citizen.goto(`${stack.url}/public/asean`);
      await citizen.getByTestId('public-title').waitFor();
      await citizen.getByTestId('lang-switch').getByText('English').click();
      await citizen
        .getByTestId('public-title')
        .filter({ hasText: 'ASEAN cultural exchange in Thai Binh' })
        .waitFor();
      const card = citizen
        .getByTestId('public-upcoming')
        .getByTestId('public-event')
        .filter({ hasText: TITLE_EN });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Lao PDR');
      expect(text).toContain('Thailand');
      expect(text).not.toContain('350');
      expect(await citizen.content()).not.toContain(`0912 ${stamp}`);
    } finally {
      await citizen.close();
    }
  });

  it('records it as held with 5,000 attendees: before its date only by an override with a reason', async () => {
    await page.goto(eventUrl);
    await page.getByTestId('event-status').filter({ hasText: 'Confirmed' }).waitFor();
    await page.getByTestId('event-action-held').click();
    const dialog = page.getByRole('dialog');
    const audience = dialog.getByLabel('Actual audience', { exact: true });
    await audience.fill('5000');
    // The event starts in ten days: the dialog names the rule, and nothing is recorded without an override.
    expect(await dialog.getByTestId('guard-refusal').textContent()).toContain(
      'it can be recorded as held from that day',
    );
    await page.getByTestId('event-action-ok').click();
    await page.getByTestId('event-status').filter({ hasText: 'Confirmed' }).waitFor();
    await dialog.getByLabel(/^Record anyway \(late data entry\)/).check();
    await dialog.getByLabel('Reason for overriding the date rule').fill('Nhập bù theo báo cáo nhanh của Sở');
    await page.getByTestId('event-action-ok').click();
    await page.getByTestId('event-status').filter({ hasText: 'Held' }).waitFor();
    expect(await page.getByTestId('event-actual-audience').textContent()).toBe('5,000');
  });

  it("finds it in the year's report: Laos and Thailand engaged, 5,000 attendees", async () => {
    await page.getByTestId('event-back').click();
    await page.getByTestId('culture-tab-reports').click();
    await page.getByRole('heading', { level: 2, name: 'Cultural events report' }).waitFor();
    const year = page.getByTestId('report-filter-year');
    await year.click();
    await page
      .locator(
        `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${YEAR}"]`,
      )
      .click();
    await page.waitForURL((url) => url.searchParams.get('year') === YEAR);
    await page.getByTestId('report-total-audience').filter({ hasText: '5,000' }).waitFor();
    const asean = page.getByTestId('report-asean').locator('tbody tr', { hasText: YEAR });
    await asean.waitFor();
    expect(await asean.textContent()).toContain('Lao PDR');
    expect(await asean.textContent()).toContain('Thailand');
    const row = page.getByTestId('report-rows').locator('tbody tr', { hasText: 'Lao PDR' });
    expect(await row.first().textContent()).toContain('Culture week');
    expect(await row.first().textContent()).toContain('5,000');
    await page.getByTestId('report-chart').waitFor();
  });
});
