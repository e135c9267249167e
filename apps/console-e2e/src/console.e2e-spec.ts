import type { Stack } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage, Credentials } from './support/console-page';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * The built console in Chromium against the real stack (nats-server, the four services, the gateway
 * serving dist/apps/console), signed in as the embedded default's demo users. One browser page walks
 * the journeys in order, as the people of the province would: each department's editor records their
 * work, the Finance reviewer sees every agency's estimates, and the admin creates a new user.
 */

/** The admin's TOTP secret; the stack seeds its demo users with it. */
const DEMO_TOTP_SECRET = process.env.DEMO_TOTP_SECRET || 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const ADMIN: Credentials = { ...demo('admin'), totpSecret: DEMO_TOTP_SECRET };

/** Unique per run, so each record can be searched for by a word nothing else contains. */
const stamp = Date.now().toString(36).toUpperCase();
const NEW_USER = { username: `e2e.${stamp.toLowerCase()}`, password: 'First-Password-2026' };

describe('ASCC Plan Console', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;

  beforeAll(async () => {
    journey = await startJourney({ env: { DEMO_TOTP_SECRET } });
    ({ stack, page, ui } = journey);
  }, 90_000);
  // A step that failed with a drawer or modal open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  it('opens on the login page in Vietnamese, switches to English there, and stays English after a reload', async () => {
    await page.goto(stack.url);
    await page.waitForURL(`${stack.url}/login`);
    await page.getByLabel('Tên đăng nhập', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bảng điều hành Kế hoạch ASCC');

    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByLabel('Username', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ASCC Plan Console');

    await page.reload();
    await page.getByLabel('Username', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it("refuses a wrong password with the server's reason, and signs in back to the page asked for", async () => {
    await page.goto(`${stack.url}/training?sort=code`);
    await page.waitForURL(
      (url) => url.pathname === '/login' && url.search === '?next=%2Ftraining%3Fsort%3Dcode',
    );

    await ui.submitSignIn({ username: 'snv.editor', password: 'not-the-password' });
    await ui.waitForText(page.getByTestId('login-error'), 'Wrong username or password');

    await ui.signIn(demo('snv.editor'));
    await page.waitForURL(`${stack.url}/training?sort=code`);
    await page.getByRole('heading', { level: 2, name: 'Training courses' }).waitFor();
  });

  it('keeps a bad training course out: the message stands beside the field and nothing is created', async () => {
    await ui.openSection('nav-training', 'Training courses');
    await ui.openCreateForm('New course');
    // Home Affairs keeps its hand on all training: its editor chooses the organiser, Home Affairs first.
    expect(await ui.field('Organising agency').isDisabled()).toBe(false);
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
    // Typed changes are not thrown away unasked: the user confirms the discard.
    await page.getByTestId('discard-ok').click();
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
    // The cost is one of the columns the course list keeps in its column chooser, to fit 1366 px.
    await ui.showColumn('costEstimate');
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
    await ui
      .fieldMessage('Course code')
      .filter({ hasText: `The course code ${code} is already used by another course` })
      .waitFor();
    await ui.drawer.getByRole('button', { name: 'Cancel' }).click();
    // Typed changes are not thrown away unasked: the user confirms the discard.
    await page.getByTestId('discard-ok').click();
    await page.getByTestId('form-submit').waitFor({ state: 'detached' });
  });

  it("shows the course's history: who created it, and when", async () => {
    await ui.openRecord(`NV-${stamp}`);
    expect(page.url()).toContain('/training/');
    await ui.drawer.getByTestId('history-tab').click();
    const entry = ui.drawer.getByTestId('history-entry').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Created');
    expect(await entry.getByTestId('history-user').textContent()).toBe(
      'snv.editor · Department of Home Affairs',
    );

    await page.keyboard.press('Escape');
    await ui.drawer.waitFor({ state: 'hidden' });
    expect(page.url()).toContain(`/training?q=boi+duong+hoi+nhap+${stamp}`);
  });

  it('keeps the user signed in across a reload, through the refresh cookie', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Training courses' }).waitFor();
    await ui.row(`NV-${stamp}`).waitFor();
  });

  it('registers a foreign NGO as the Foreign Affairs editor', async () => {
    await ui.signOut();
    await ui.signIn(demo('sngv.editor'));
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

  it('records a cultural event as the Culture editor', async () => {
    await ui.signOut();
    await ui.signIn(demo('svhttdl.editor'));
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
    expect(await row.textContent()).toContain('08/08/2026 – 10/08/2026');
  });

  it("offers the Culture editor only their own agency's courses, no user management, no budget approval, and only their own estimates", async () => {
    expect(await ui.navKeys()).toEqual(['dashboard', 'training', 'aid', 'culture', 'budget', 'status']);

    // Every agency runs courses of its own (issue 20): Culture's editor creates Culture's and sees only those.
    await ui.openSection('nav-training', 'Training courses');
    expect(await page.getByTestId('create-button').count()).toBe(1);
    expect(await page.getByTestId('filter-agencyCode').textContent()).toContain(
      'Department of Culture, Sports and Tourism',
    );

    // Typed straight into the address bar, the users page still says no.
    await page.goto(`${stack.url}/users`);
    await page.getByText('You do not have access to this page.').waitFor();

    // Every agency drafts its own budget estimates (the permission table): for Culture, Culture's alone.
    await ui.openSection('nav-budget', 'Budget estimates');
    await ui.openCreateForm('New estimate');
    expect(await ui.field('Agency').isDisabled()).toBe(true);
    expect(await ui.drawer.locator('.ant-form-item').filter({ hasText: 'Agency' }).textContent()).toContain(
      'Department of Culture, Sports and Tourism',
    );
    await ui.fill('Fiscal year', '2025');
    await ui.fill('Title (Vietnamese)', `Dự toán giao lưu văn hóa ${stamp}`);
    await ui.submitAndWaitForSave();

    await ui.search(stamp);
    await ui.row(`Dự toán giao lưu văn hóa ${stamp}`).waitFor();
    expect(await page.getByRole('button', { name: /approve/i }).count()).toBe(0);
    await ui.openRecord(`Dự toán giao lưu văn hóa ${stamp}`);
    expect(await ui.drawer.getByRole('button', { name: /approve/i }).count()).toBe(0);
  });

  it('drafts a budget estimate as the Finance editor', async () => {
    await ui.signOut();
    await ui.signIn(demo('stc.editor'));
    await ui.openSection('nav-budget', 'Budget estimates');
    await ui.openCreateForm('New estimate');
    await ui.fill('Fiscal year', '2025');
    await ui.fill('Title (Vietnamese)', `Dự toán thực hiện Kế hoạch ASCC ${stamp}`);
    await ui.submitAndWaitForSave();

    await ui.search(`du toan ${stamp}`);
    const row = ui.row(`Dự toán thực hiện Kế hoạch ASCC ${stamp}`);
    await row.waitFor();
    // Its lines are written in the estimate itself (the budget journey does): a new draft asks for nothing.
    expect(await row.textContent()).toContain('Draft');
    // Finance's editor sees Finance's estimates only, not Culture's.
    expect(await ui.row(`Dự toán giao lưu văn hóa ${stamp}`).count()).toBe(0);
  });

  it("shows the Finance reviewer every agency's estimates to review, and nothing else to open", async () => {
    await ui.signOut();
    await ui.signIn(demo('stc.reviewer'));
    expect(await ui.navKeys()).toEqual(['dashboard', 'budget', 'status']);

    await ui.openSection('nav-budget', 'Budget estimates');
    await ui.search(stamp);
    await ui.row(`Dự toán thực hiện Kế hoạch ASCC ${stamp}`).waitFor();
    const culture = ui.row(`Dự toán giao lưu văn hóa ${stamp}`);
    await culture.waitFor();
    expect(await culture.textContent()).toContain('Department of Culture, Sports and Tourism');
    expect(await page.getByTestId('create-button').count()).toBe(0);
    expect(await page.getByTestId('filter-agencyCode').getAttribute('class')).not.toContain(
      'ant-select-disabled',
    );
  });

  it('lets the admin (with the TOTP code) create a user, in the users and roles page', async () => {
    await ui.signOut();
    await ui.signIn(ADMIN);
    expect(await ui.navKeys()).toEqual([
      'dashboard',
      'training',
      'aid',
      'culture',
      'budget',
      'status',
      'users',
      'audit',
    ]);

    await ui.openSection('nav-users', 'Users & roles');
    await ui.openCreateForm('New user');
    await ui.fill('Username', NEW_USER.username);
    await ui.fill('Full name', `Nguyễn Văn Thử ${stamp}`);
    await ui.choose('Agency', 'Department of Home Affairs (until 30/06/2025)');
    await ui.fill('Initial password', NEW_USER.password);
    await ui.submitAndWaitForSave();

    await ui.search(NEW_USER.username);
    const row = ui.row(NEW_USER.username);
    await row.waitFor();
    expect(await row.textContent()).toContain('Viewer');
    expect(await row.textContent()).toContain('Must change password');
    expect(await row.textContent()).toContain('Never');
  });

  it("finds the Home Affairs editor's course in the training service's audit log", async () => {
    await ui.openSection('nav-audit', 'Audit log');
    const username = page.getByTestId('filter-username');
    await username.fill('snv.editor');
    await username.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('username') === 'snv.editor');
    const entry = page.getByTestId('list-table').locator('tbody tr', { hasText: `NV-${stamp}` });
    await entry.first().waitFor();
    expect(await entry.first().textContent()).toContain('Created');
  });

  it('counts on the dashboard what each department recorded: the bad and duplicate courses left out', async () => {
    await page.getByTestId('nav-dashboard').click();
    const expected = { training: 1, aid: 1, culture: 1, budget: 2 };
    for (const [section, count] of Object.entries(expected)) {
      const card = page.getByTestId(`count-${section}`);
      await card
        .getByTestId('count-value')
        .filter({ hasText: new RegExp(`^${count}$`) })
        .waitFor();
    }
  });

  it('shows the admin, on the status page, errors per minute, the slowest routes and each consumer’s lag', async () => {
    await page.getByTestId('nav-status').click();
    // The five slowest routes of this run, whichever they are: each by its method and pattern.
    await ui.waitForText(page.getByTestId('operations-routes'), /(GET|POST|PUT|PATCH|DELETE) \/api\//);
    await ui.waitForText(page.getByTestId('operations-errors'), 'This minute');
    await ui.waitForText(page.getByTestId('operations-consumers'), 'Consumer of «course completed» events');
    expect(await page.getByTestId('operations-consumers').textContent()).toContain('waiting');
  });

  it('makes the new user choose their own password at the first sign-in, then opens their agency’s work', async () => {
    await ui.signOut();
    await ui.signIn(NEW_USER);
    await page.getByRole('heading', { level: 2, name: 'Choose a new password' }).waitFor();
    await page.getByLabel('Current password', { exact: true }).fill(NEW_USER.password);
    await page.getByLabel('New password', { exact: true }).fill('My-Own-Password-2026');
    await page.getByLabel('Confirm the new password', { exact: true }).fill('My-Own-Password-2026');
    await page.getByTestId('change-password-submit').click();

    await page.getByRole('heading', { level: 2, name: 'Plan progress at a glance' }).waitFor();
    await ui.openSection('nav-training', 'Training courses');
    await ui.search(stamp);
    await ui.row(`NV-${stamp}`).waitFor();
    expect(await page.getByTestId('create-button').count()).toBe(0);

    await page.getByTestId('user-menu').click();
    expect(await page.getByTestId('user-agency').textContent()).toBe('Department of Home Affairs');
    expect(await page.getByTestId('user-roles').textContent()).toBe('Viewer');
    await page.keyboard.press('Escape');
  });

  it('shows each service on the status page, and an outage as soon as the next poll sees it', async () => {
    await page.getByTestId('nav-status').click();
    await ui.waitForText(page.getByTestId('status-training'), 'Up');
    expect(await page.getByTestId('status-budget').textContent()).toContain('SQLite');
    await ui.waitForText(page.getByTestId('status-nats'), 'Up');
    await page.getByText('All services are running normally').waitFor();
    // The operations figures are the administrators' alone.
    expect(await page.getByTestId('operations').count()).toBe(0);

    await stack.stopService('culture');

    // The page polls every 5 s and a probe gives up after 2 s, so the outage shows within ~7 s.
    await page.getByTestId('status-culture').filter({ hasText: 'Down' }).waitFor({ timeout: 15_000 });
    await page.getByText('The system is running degraded').waitFor();
    expect(await page.getByTestId('status-training').textContent()).toContain('Up');
  });
});
