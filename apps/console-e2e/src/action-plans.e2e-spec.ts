import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settledOverflow } from './support/screen-checks';

/** A few bytes a PDF reader and the service's content check both take for a PDF. */
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/**
 * Issue 20 item 5 in Chromium against the real stack: Foreign Affairs' editor records its action plan
 * (number, date, signer, the signed file) and sees it on a laptop and a phone without sideways scroll;
 * in its 2024 yearly report it gives the progress of a task the plan assigns it, saves, and saves
 * again without touching it — the progress is kept; the coordinator's overview lists an agency without
 * an action plan (Health) and not Foreign Affairs.
 */
describe('Action plans and assigned tasks', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let token = '';

  const api = async <T>(path: string, init: RequestInit = {}) => {
    const res = await fetch(`${stack.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    journey = await startJourney({
      env: { LOG_LEVEL: 'silent' },
      viewport: { width: 1366, height: 768 },
      timeout: 15_000,
      lang: 'en',
    });
    ({ stack, page, ui } = journey);
    token = (await signIn(stack.url, 'sngv.editor', DEMO_PASSWORD)).accessToken;
    // Foreign Affairs' 2024 report on cultural diplomacy (III.9), started through the API.
    await api('/api/reporting/reports', {
      method: 'POST',
      body: JSON.stringify({ agencyCode: 'SNGV', year: 2024, planArea: 'III.9' }),
    });
    await page.goto(stack.url);
  }, 400_000);

  afterAll(() => journey?.stop());
  afterEach(() => journey.closeOpenLayers());

  it("records Foreign Affairs' action plan with its signed file (its editor)", async () => {
    await ui.signIn(demo('sngv.editor'));
    await page.goto(`${stack.url}/reports?year=2024`);
    const card = page.getByTestId('action-plan-card');
    await card.getByText('The agency has not recorded its action plan').waitFor();
    await page.getByTestId('action-plan-add').click();
    await ui.fill('Number', '25/KH-SNgV');
    await ui.pickDate('Issued on', '2017-06-20');
    await ui.fill('Signed by', 'Nguyễn Văn A');
    await page.getByTestId('action-plan-file').setInputFiles({
      name: 'ke-hoach-hanh-dong.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await ui.submitAndWaitForSave();
    const plan = page.getByTestId('action-plan');
    await ui.waitForText(plan, '25/KH-SNgV');
    expect(await plan.textContent()).toContain('ke-hoach-hanh-dong.pdf');
    expect(await plan.textContent()).toContain('Nguyễn Văn A');
    expect(await horizontalOverflow(page)).toBeUndefined();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await settledOverflow(page)).toBeUndefined();
    await page.setViewportSize({ width: 1366, height: 768 });
    // Its history names who recorded it.
    await page.getByTestId('action-plan-history').click();
    await ui.waitForText(card, 'sngv.editor');
  });

  it("reports a task's progress in the yearly report; a second save keeps it", async () => {
    await page.getByTestId('report-edit').first().click();
    const status = page.getByTestId('report-task-status-VII.5.a');
    await status.click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="Done"]')
      .click();
    await page.getByTestId('report-task-note-VII.5.a').fill('Vận động 3 tổ chức phi chính phủ');
    const dialog = page.getByRole('dialog');
    // Saved, and the list read again (the report's new version), before it is opened again.
    const reread = () =>
      page.waitForResponse(
        (r) => r.url().includes('/api/reporting/reports?') && r.request().method() === 'GET',
      );
    let listed = reread();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-tasks').waitFor({ state: 'hidden' });
    await listed;
    // Opened again: the progress is there; saved again without touching it.
    await page.getByTestId('report-edit').first().click();
    const note = page.getByTestId('report-task-note-VII.5.a');
    await note.waitFor();
    expect(await note.inputValue()).toBe('Vận động 3 tổ chức phi chính phủ');
    listed = reread();
    const put = page.waitForResponse(
      (r) => r.url().includes('/api/reporting/reports/') && r.request().method() === 'PUT',
    );
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The second save is sent and accepted; it changes nothing, so the version stays.
    expect((await put).status()).toBe(200);
    await page.getByTestId('report-tasks').waitFor({ state: 'hidden' });
    await listed;
    expect(await page.locator('.ant-alert-error').count()).toBe(0);

    const reports = await api<{ items: { version: number; tasks: unknown[] }[] }>(
      '/api/reporting/reports?year=2024&agencyCode=SNGV',
    );
    expect(reports.items[0].version).toBe(2);
    expect(reports.items[0].tasks).toEqual([
      { code: 'VII.5.a', status: 'done', note: 'Vận động 3 tổ chức phi chính phủ' },
    ]);
  });

  it('lists an agency without an action plan on the coordinator’s overview, not Foreign Affairs', async () => {
    await ui.signOut();
    await ui.signIn(demo('sldtbxh.coordinator'));
    await page.goto(`${stack.url}/reports?year=2024`);
    const without = page.getByTestId('without-action-plan');
    await without.locator('[data-agency="SYT"]').waitFor();
    expect(await without.locator('[data-agency="SNGV"]').count()).toBe(0);
    expect(await without.locator('[data-agency="SYT"]').textContent()).toContain('Department of Health');
    await page.getByTestId('tasks-behind').waitFor();
    expect(await horizontalOverflow(page)).toBeUndefined();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await settledOverflow(page)).toBeUndefined();
  });
});
