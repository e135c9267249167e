import fs from 'node:fs';
import type { Stack } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * A year's estimate from Culture's draft to the People's Committee, in the built console against the
 * real stack: Culture drafts and submits the estimate for its culture week, Finance returns it with a
 * comment, Culture corrects and resubmits, Finance approves a lower amount, the event shows "funded" in
 * the Culture module (the approval travelled over JetStream), and Finance consolidates the year and
 * downloads the XLSX.
 */
const stamp = Date.now().toString(36).toUpperCase();
const EVENT = `Tuần văn hóa ASEAN ${stamp}`;
const ESTIMATE = `Dự toán Tuần văn hóa ${stamp}`;
const YEAR = '2026';

describe('budget estimate journey', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;

  beforeAll(async () => {
    // The journey reads the console in English.
    journey = await startJourney({
      env: { LOG_LEVEL: 'silent' },
      viewport: { width: 1600, height: 1000 },
      timeout: 15_000,
      acceptDownloads: true,
      lang: 'en',
    });
    ({ stack, page, ui } = journey);
    await page.goto(stack.url);
  }, 90_000);
  afterAll(() => journey?.stop());
  // A step that failed with a drawer open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());

  const estimateDrawer = () => page.getByTestId('budget-estimate');
  const confirm = async () => {
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /OK|Yes/ })
      .click();
  };
  const openEstimate = async () => {
    await page.getByTestId('nav-budget').click();
    await page.getByTestId('list-table').waitFor();
    await ui.search(stamp);
    await ui.row(ESTIMATE).getByTestId('open-record').click();
    await estimateDrawer().waitFor();
  };
  const closeDrawer = async () => {
    await page.keyboard.press('Escape');
    await estimateDrawer().waitFor({ state: 'hidden' });
  };
  const status = () => estimateDrawer().getByTestId('estimate-status');

  it('Culture records its culture week and drafts and submits the estimate that funds it', async () => {
    await ui.signIn(demo('svhttdl.editor'));
    await ui.openSection('nav-culture', 'Cultural, sports and tourism events');
    await ui.openCreateForm('New event');
    await ui.fill('Title (Vietnamese)', EVENT);
    await ui.fill('Title (English)', `ASEAN culture week ${stamp}`);
    await ui.choose('Event type', 'Culture week');
    await ui.fill('Venue', 'Quảng trường Thái Bình');
    await ui.pickDate('Start date', '2026-08-08');
    await ui.pickDate('End date', '2026-08-10');
    await ui.chooseMany('Participating countries', ['Lao PDR', 'Thailand']);
    await ui.fill('Estimated cost', '350000000');
    await ui.submitAndWaitForSave();

    await ui.openSection('nav-budget', 'Budget estimates');
    await ui.openCreateForm('New estimate');
    await ui.fill('Fiscal year', YEAR);
    await ui.fill('Title (Vietnamese)', ESTIMATE);
    await ui.submitAndWaitForSave();

    await openEstimate();
    await estimateDrawer().getByRole('button', { name: 'Add line' }).click();
    await estimateDrawer().getByLabel('Description').fill('Tổ chức Tuần văn hóa ASEAN');
    await estimateDrawer().getByLabel('Quantity').fill('2');
    await estimateDrawer().getByLabel('Unit cost (đồng)').fill('150000000');
    // Live total: 2 × 150,000,000 before anything is saved.
    await estimateDrawer().getByTestId('estimate-total').filter({ hasText: '300,000,000' }).waitFor();
    const activity = estimateDrawer().getByTestId('activity-select').getByRole('combobox');
    await activity.click();
    await activity.fill(stamp);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: EVENT,
      })
      .click();
    await estimateDrawer().getByRole('button', { name: 'Submit to Finance' }).click();
    await confirm();
    await status().filter({ hasText: 'Submitted' }).waitFor();
    await closeDrawer();
  });

  it('Finance returns it with a comment on the line', async () => {
    await ui.signOut();
    await ui.signIn(demo('stc.reviewer'));
    await openEstimate();
    await estimateDrawer().getByLabel('Comment', { exact: true }).fill('Một buổi là đủ');
    await estimateDrawer().getByLabel('Comment on the estimate').fill('Đề nghị giảm số buổi biểu diễn');
    await estimateDrawer().getByRole('button', { name: 'Return' }).click();
    await confirm();
    await status().filter({ hasText: 'Returned' }).waitFor();
    await closeDrawer();
  });

  it('Culture reads the comment, corrects the line and resubmits', async () => {
    await ui.signOut();
    await ui.signIn(demo('svhttdl.editor'));
    await openEstimate();
    await estimateDrawer().getByText('Đề nghị giảm số buổi biểu diễn').waitFor();
    await estimateDrawer().getByLabel('Quantity').fill('1');
    await estimateDrawer().getByLabel('Unit cost (đồng)').fill('200000000');
    await estimateDrawer().getByTestId('estimate-total').filter({ hasText: '200,000,000' }).waitFor();
    await estimateDrawer().getByRole('button', { name: 'Submit to Finance' }).click();
    await confirm();
    await status().filter({ hasText: 'Resubmitted' }).waitFor();
    await closeDrawer();
  });

  it('Finance sees what changed and approves a lower amount', async () => {
    await ui.signOut();
    await ui.signIn(demo('stc.reviewer'));
    await openEstimate();
    await estimateDrawer().getByRole('tab', { name: 'Versions and comments' }).click();
    await estimateDrawer().getByText('Changed', { exact: true }).waitFor();
    await estimateDrawer().getByRole('tab', { name: 'Lines' }).click();
    await estimateDrawer().getByLabel('Approved amount').fill('180000000');
    await estimateDrawer().getByRole('button', { name: 'Approve', exact: true }).click();
    await confirm();
    await status().filter({ hasText: 'Approved' }).waitFor();
    await closeDrawer();
  });

  it('shows the culture week funded in the Culture module', async () => {
    await ui.signOut();
    await ui.signIn(demo('svhttdl.editor'));
    await ui.openSection('nav-culture', 'Cultural, sports and tourism events');
    await ui.search(stamp);
    await ui.row(`ASEAN culture week ${stamp}`).getByTestId('open-record').click();
    await page.getByTestId('event-details').waitFor();
    // The funding arrives over JetStream: reload the event page until the Culture service has it.
    for (let attempt = 0; attempt < 20; attempt++) {
      const badge = page.getByTestId('funded-badge');
      if (await badge.isVisible({ timeout: 1500 }).catch(() => false)) {
        expect(await badge.textContent()).toContain('180,000,000');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.reload();
      await page.getByTestId('event-details').waitFor();
    }
    throw new Error('The event never showed as funded');
  });

  it('Finance consolidates the year and downloads the XLSX', async () => {
    await page.keyboard.press('Escape');
    await ui.signOut();
    await ui.signIn(demo('stc.reviewer'));
    await page.getByTestId('nav-budget').click();
    await page.getByTestId('budget-consolidation-link').click();
    await page.getByTestId('consolidation-page').waitFor();
    await page.getByLabel('Fiscal year').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="2026"]')
      .click();
    await page.getByTestId('consolidation-status').filter({ hasText: 'Not consolidated' }).waitFor();
    // 2026's figures, not the default year's: Culture's approved estimate and nothing pending.
    await page.getByText('1 / 0', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Consolidate and lock the year' }).click();
    await confirm();
    await page
      .getByTestId('consolidation-status')
      .filter({ hasText: 'Consolidated, locked' })
      .waitFor()
      .catch(async (error: Error) => {
        const shown = await page.locator('.ant-message').allTextContents();
        throw new Error(`${error.message}\nThe console shows: ${shown.join(' | ')}`);
      });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('du-toan-tong-hop-2026.xlsx');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
