import fs from 'node:fs';
import path from 'node:path';
import { planAreaLabel } from '@ascc/catalog';
import { REPO_ROOT, type Stack, startStack } from '@ascc/testing';
import { type Browser, type Page, chromium } from 'playwright-core';
import { ConsolePage } from './support/console-page';

/**
 * The built console in Chromium against the real stack (nats-server, the four services, the gateway
 * serving dist/apps/console). One browser page walks the whole journey, as one user would.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Unique per run, so each record can be searched for by a word nothing else contains. */
const stamp = Date.now().toString(36).toUpperCase();

describe('ASCC Plan Console', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let ui: ConsolePage;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'apps', 'console', 'index.html'))) {
      throw new Error(
        'dist/apps/console is missing: run `npm run build:node && npm run build:console` first',
      );
    }
    stack = await startStack();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
    ui = new ConsolePage(page);
  }, 90_000);

  // A step that failed with its drawer open would otherwise fail every later step too.
  afterEach(async () => {
    if (await ui.drawer.isVisible()) {
      await page.keyboard.press('Escape');
      await page.getByTestId('form-submit').waitFor({ state: 'detached' });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('opens in Vietnamese, switches to English, and stays English after a reload', async () => {
    await page.goto(stack.url);
    await ui.waitForText(page.getByTestId('nav-training'), 'Đào tạo, bồi dưỡng');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bảng điều hành Kế hoạch ASCC');
    expect(await page.getByTestId('nav-budget').textContent()).toBe('Dự toán kinh phí');

    await page.getByTestId('lang-switch').getByText('English').click();
    await ui.waitForText(page.getByTestId('nav-training'), 'Training');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ASCC Plan Console');

    await page.reload();
    await ui.waitForText(page.getByTestId('nav-culture'), 'Cultural events');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('nav-aid').textContent()).toBe('NGO aid & delegations');
  });

  it('keeps a bad training course out: the message stands beside the field and nothing is created', async () => {
    await ui.openSection('nav-training', 'Training courses');
    await ui.openCreateForm('New course');
    await ui.fill('Course code', `BAD-${stamp}`);
    await ui.fill('Title (Vietnamese)', `Khóa lỗi ${stamp}`);
    await ui.fill('Title (English)', `Faulty course ${stamp}`);
    await ui.choose('Topic', 'Information technology');
    await ui.choose('Target level', 'Commune level');
    await ui.pickDate('Start date', '2026-05-20');
    await ui.pickDate('End date', '2026-05-10');
    await ui.fill('Trainees', '5000');
    await ui.fill('Estimated cost', '1000000');
    await ui.submit();

    await ui.fieldMessage('Trainees').filter({ hasText: 'Must be 2000 or less' }).waitFor();
    await ui
      .fieldMessage('End date')
      .filter({ hasText: 'The end date cannot be before the start date' })
      .waitFor();
    expect(await ui.fieldMessage('Course code').count()).toBe(0);

    await ui.drawer.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('form-submit').waitFor({ state: 'detached' });
    await ui.search(stamp);
    await ui.waitForText(page.getByTestId('list-table'), 'No records match');
  });

  it('creates a training course through the form and finds it by a search without diacritics', async () => {
    const code = `NV-${stamp}`;
    await ui.openCreateForm('New course');
    await ui.fill('Course code', code);
    await ui.fill('Title (Vietnamese)', `Bồi dưỡng kiến thức hội nhập quốc tế ${stamp}`);
    await ui.fill('Title (English)', `International integration for commune staff ${stamp}`);
    await ui.choose('Topic', 'International integration');
    await ui.choose('Target level', 'Commune level');
    await ui.pickDate('Start date', '2026-05-10');
    await ui.pickDate('End date', '2026-05-12');
    await ui.fill('Trainees', '60');
    await ui.fill('Estimated cost', '120000000');
    await ui.submitAndWaitForSave();

    await ui.search(`boi duong hoi nhap ${stamp}`);
    const row = ui.row(code);
    await row.waitFor();
    expect(await row.textContent()).toContain('VND\u00a0120,000,000');
    expect(page.url()).toContain(`q=boi+duong+hoi+nhap+${stamp}`);

    // The same code again is a 409 whose `fields` land beside the code field.
    await ui.openCreateForm('New course');
    await ui.fill('Course code', code);
    await ui.fill('Title (Vietnamese)', `Bản sao ${stamp}`);
    await ui.fill('Title (English)', `Copy ${stamp}`);
    await ui.choose('Topic', 'International integration');
    await ui.choose('Target level', 'Province level');
    await ui.pickDate('Start date', '2026-06-01');
    await ui.pickDate('End date', '2026-06-01');
    await ui.fill('Trainees', '10');
    await ui.fill('Estimated cost', '0');
    await ui.submit();
    await ui.fieldMessage('Course code').filter({ hasText: 'already used by another record' }).waitFor();
    await ui.drawer.getByRole('button', { name: 'Cancel' }).click();
  });

  it('registers a foreign NGO and finds it in the list', async () => {
    await ui.openSection('nav-aid', 'Foreign NGOs');
    await ui.openCreateForm('Register NGO');
    await ui.fill('Original name', `Friends of Thai Binh ${stamp}`);
    await ui.fill('Vietnamese name', `Những người bạn Thái Bình ${stamp}`);
    await ui.fill('Acronym', 'FTB');
    await ui.choose('Country', 'Japan');
    await ui.choose('Kind', 'Friendship organisation');
    await ui.submitAndWaitForSave();

    await ui.search(`nhung nguoi ban ${stamp}`);
    const row = ui.row(`Friends of Thai Binh ${stamp}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Japan');
  });

  it('records a cultural event and finds it in the list', async () => {
    await ui.openSection('nav-culture', 'Cultural, sports and tourism events');
    await ui.openCreateForm('New event');
    await ui.fill('Title (Vietnamese)', `Tuần văn hóa ASEAN ${stamp}`);
    await ui.fill('Title (English)', `ASEAN culture week ${stamp}`);
    await ui.choose('Event type', 'Culture week');
    await ui.fill('Venue', 'Quảng trường Thái Bình');
    await ui.pickDate('Start date', '2026-08-08');
    await ui.pickDate('End date', '2026-08-10');
    await ui.chooseMany('Participating countries', ['Lao PDR', 'Thailand']);
    await ui.fill('Estimated cost', '350000000');
    await ui.submitAndWaitForSave();

    await ui.search(`tuan van hoa ${stamp}`);
    const row = ui.row(`ASEAN culture week ${stamp}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('2026-08-08 – 2026-08-10');
  });

  it('drafts a budget estimate and finds it in the list', async () => {
    await ui.openSection('nav-budget', 'Budget estimates');
    await ui.openCreateForm('New estimate');
    await ui.choose('Agency', 'Department of Finance (until 2025-06-30)');
    await ui.fill('Fiscal year', '2025');
    await ui.fill('Title (Vietnamese)', `Dự toán thực hiện Kế hoạch ASCC ${stamp}`);
    await ui.choose('Plan area', `III.12 · ${planAreaLabel('III.12', 'en')}`);
    await ui.fill('Requested amount', '450000000');
    await ui.submitAndWaitForSave();

    await ui.search(`du toan ${stamp}`);
    const row = ui.row(`Dự toán thực hiện Kế hoạch ASCC ${stamp}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('VND\u00a0450,000,000');
  });

  it('counts what was created on the dashboard: one of each, the bad and duplicate courses left out', async () => {
    await page.getByTestId('nav-dashboard').click();
    for (const section of ['training', 'aid', 'culture', 'budget']) {
      const card = page.getByTestId(`count-${section}`);
      await card.getByTestId('count-value').filter({ hasText: /^1$/ }).waitFor();
    }
  });

  it('shows each service on the status page, and an outage as soon as the next poll sees it', async () => {
    await page.getByTestId('nav-status').click();
    await ui.waitForText(page.getByTestId('status-training'), 'Up');
    expect(await page.getByTestId('status-budget').textContent()).toContain('SQLite');
    await ui.waitForText(page.getByTestId('status-nats'), 'Up');
    await page.getByText('All services are running normally').waitFor();

    await stack.stopService('culture');

    // The page polls every 5 s and a probe gives up after 2 s, so the outage shows within ~7 s.
    await page.getByTestId('status-culture').filter({ hasText: 'Down' }).waitFor({ timeout: 15_000 });
    await page.getByText('The system is running degraded').waitFor();
    expect(await page.getByTestId('status-training').textContent()).toContain('Up');
  });
});
