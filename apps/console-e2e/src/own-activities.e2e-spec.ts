import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { createCourse } from './support/course-form';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';

/**
 * Issue 20, item 4 in Chromium against the real stack with the demo province: Foreign Affairs' editor
 * runs a course of its own from plan to completion (the organiser fixed to its agency), and the
 * coordinator's dashboard and plan-area page count it — "people trained" and the computed indicator of
 * people trained move. Culture organises an event with Foreign Affairs as co-organiser, whose editor
 * then reads it without any way to change it.
 */
const stamp = Date.now().toString(36).toUpperCase();
const CODE = `NG-${stamp}`;
const YEAR = '2025';

describe("Every agency's own activities: a Foreign Affairs course counts, a co-organiser reads", () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let eventId = '';
  let coursePath = '';
  let enrolled = 0;

  const toast = (text: string | RegExp) =>
    page.locator('.ant-message-notice', { hasText: text }).first().waitFor();
  const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || '0');

  /** The dashboard's people trained in the year, as shown. */
  const trained = async () => {
    await page.goto(`${stack.url}/?year=${YEAR}`);
    await page.getByTestId('plan-dashboard').waitFor();
    const value = page.getByTestId('figure-trained').getByTestId('figure-value');
    await value.waitFor();
    return (await value.textContent()) ?? '';
  };
  /** The latest value of the computed indicator of people trained (III.8-1) on its area's page. */
  const indicator = async () => {
    await page.goto(`${stack.url}/plan/III.8?year=${YEAR}`);
    await page.getByTestId('plan-area-page').waitFor();
    const row = page.getByTestId('indicator-row-III.8-1');
    await row.waitFor();
    return (await row.textContent()) ?? '';
  };
  /** Reloads until the read model has taken in the completed course and the text changes. */
  const changed = async (read: () => Promise<string>, before: string) => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const now = await read();
      if (now !== before) return now;
      await page.waitForTimeout(1000);
    }
    throw new Error(`still ${before}`);
  };

  beforeAll(async () => {
    journey = await startJourney({
      env: { SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
      viewport: { width: 1366, height: 768 },
      timeout: 15_000,
      lang: 'en',
    });
    ({ stack, page, ui } = journey);
    // Culture organises an event with Foreign Affairs as co-organiser (through the API: the journey is
    // the co-organiser's).
    const token = (await signIn(stack.url, 'svhttdl.editor', DEMO_PASSWORD)).accessToken;
    const res = await fetch(`${stack.url}/api/culture/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        titleVi: `Đêm giao lưu ngoại giao văn hóa ${stamp}`,
        titleEn: `Cultural diplomacy evening ${stamp}`,
        type: 'culture-week',
        agencyCode: 'SVHTTDL',
        coOrganisers: ['SNGV'],
        venue: 'Nhà hát Thái Bình',
        startDate: '2026-09-10',
        endDate: '2026-09-10',
        countryCodes: ['LA'],
        costEstimate: 50_000_000,
      }),
    });
    if (res.status !== 201) throw new Error(`event: ${res.status}`);
    eventId = ((await res.json()) as { id: string }).id;
    await page.goto(stack.url);
  }, 120_000);
  // A step that failed with a drawer or modal open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  let trainedBefore = '';
  let indicatorBefore = '';

  it("reads the coordinator's people trained and the indicator of people trained before", async () => {
    await ui.signIn(demo('sldtbxh.coordinator'));
    trainedBefore = await trained();
    indicatorBefore = await indicator();
    await ui.signOut();
  });

  it("creates a course of Foreign Affairs' own: the organiser is fixed to its agency", async () => {
    await ui.signIn(demo('sngv.editor'));
    await ui.openSection('nav-training', 'Training courses');
    await ui.openCreateForm('New course');
    expect(await ui.field('Organising agency').isDisabled()).toBe(true);
    expect(
      await ui.drawer.locator('.ant-form-item').filter({ hasText: 'Organising agency' }).textContent(),
    ).toContain('Department of Foreign Affairs');
    coursePath = await createCourse(
      ui,
      {
        code: CODE,
        titleVi: `Bồi dưỡng kiến thức đối ngoại ${stamp}`,
        titleEn: `Foreign affairs knowledge ${stamp}`,
        topic: 'Foreign affairs knowledge',
        level: 'Province level',
        startDate: `${YEAR}-05-12`,
        endDate: `${YEAR}-05-13`,
        sessions: [{ date: `${YEAR}-05-12`, topic: 'Công tác đối ngoại địa phương' }],
        trainees: '200',
        cost: '30000000',
      },
      stamp,
    );
  });

  it('enrols its own staff from the registry, marks them present, scores and completes the course', async () => {
    await ui.confirm('course-to-open');
    await ui.waitForText(page.getByTestId('course-status'), 'Open for enrolment');
    await page.getByRole('tab', { name: /^Trainees \(/ }).click();
    await page.getByTestId('enrol-open').click();
    const modal = page.locator('.ant-modal');
    // The registry as Foreign Affairs reads it: its own staff only.
    await modal.locator('tbody tr.ant-table-row').first().waitFor();
    await modal.locator('.ant-table-thead .ant-checkbox-input').first().check();
    await page.locator('#enrol-submit').click();
    const done = page.locator('.ant-message-notice', { hasText: /enrolled; 0 on the waitlist/ }).first();
    await done.waitFor();
    enrolled = Number(/(\d+) enrolled/.exec((await done.textContent()) ?? '')?.[1] ?? '0');
    expect(enrolled).toBeGreaterThan(0);

    await ui.confirm('course-to-in-progress');
    await ui.waitForText(page.getByTestId('course-status'), 'In progress');
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await page.getByTestId('all-present-0').first().click();
    await page.getByTestId('attendance-save').click();
    await toast('Changes saved');
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByLabel('Fill in for those without a score').fill('8');
    await page.getByTestId('fill-scores').click();
    await page.getByTestId('scores-save').click();
    await toast('Changes saved');

    await ui.confirm('course-to-completed');
    await ui.waitForText(page.getByTestId('course-status'), 'Completed');
    expect(coursePath).toMatch(/^\/training\//);
  });

  it('reads the event its agency co-organises, without any way to change it', async () => {
    await page.goto(`${stack.url}/culture`);
    await ui.search(stamp);
    await ui.row(`Cultural diplomacy evening ${stamp}`).waitFor();
    await page.goto(`${stack.url}/culture/${eventId}`);
    await ui.waitForText(page.getByTestId('event-title'), `Cultural diplomacy evening ${stamp}`);
    await page.getByTestId('event-co-organised').waitFor();
    expect(await page.getByTestId('event-edit').count()).toBe(0);
    await ui.signOut();
  });

  it("counts the course in the dashboard's people trained and moves the computed indicator", async () => {
    await ui.signIn(demo('sldtbxh.coordinator'));
    const after = await changed(trained, trainedBefore);
    expect(digits(after) - digits(trainedBefore)).toBe(enrolled);
    const moved = await changed(indicator, indicatorBefore);
    expect(moved).not.toBe(indicatorBefore);
  });
});
