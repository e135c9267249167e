import { type SmtpSink, type Stack, signIn, startSmtpSink } from '@ascc/testing';
import type { BrowserContext, Page } from 'playwright-core';
import type { ConsolePage, Credentials } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import {
  type Vocabulary,
  consoleVocabulary,
  horizontalOverflow,
  listScrollsSideways,
  rawTextIn,
  settle,
  visibleTexts,
} from './support/screen-checks';

/** The admin's TOTP secret; the stack seeds its demo users with it. */
const DEMO_TOTP_SECRET = process.env.DEMO_TOTP_SECRET || 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The two navigations that differ: the admin's (with users and audit) and the plan coordinator's. */
const ROLES: { name: string; credentials: Credentials }[] = [
  { name: 'admin', credentials: { ...demo('admin'), totpSecret: DEMO_TOTP_SECRET } },
  { name: 'plan coordinator', credentials: demo('sldtbxh.coordinator') },
];
const SCREENS = [
  { name: '1366×768', viewport: { width: 1366, height: 768 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
];
const LANGS = ['vi', 'en'] as const;

/** Pages a section opens from inside (tabs and links), beside the menu's own: each is looked at too. */
const SECTION_PAGES: Record<string, string[]> = {
  training: ['/training/trainees', '/training/stats'],
  aid: ['/aid/projects', '/aid/delegations', '/aid/calendar', '/aid/reports'],
  culture: ['/culture/calendar', '/culture/reports'],
  budget: ['/budget/consolidation'],
  dashboard: ['/reports', '/plan/III.8'],
};

/**
 * Issue 14, items 2 and 8: every page the navigation offers the admin and the plan coordinator, and a
 * record of each department, at 1366×768 and on a 390-px phone, in Vietnamese and in English: nothing
 * scrolls sideways, no message key or code shows instead of words, and the browser logs no error.
 * One stack for all; each role gets its own browser context, resized and switched between languages.
 */
describe('Layout: every page fits and speaks words, for each navigation, screen and language', () => {
  let journey: Journey;
  let stack: Stack;
  let vocabulary: Vocabulary;
  /** A record of each department, by the section that lists it. */
  const records: Record<string, string> = {};
  let sink: SmtpSink;

  beforeAll(async () => {
    // E-mail on (a real SMTP server as the sink): the status page then shows the gateway's own card.
    sink = await startSmtpSink();
    journey = await startJourney({
      env: {
        SEED_DEMO_DATA: 'true',
        LOG_LEVEL: 'silent',
        DEMO_TOTP_SECRET,
        SMTP_URL: sink.url,
        MAIL_FROM: 'ASCC <no-reply@plan.test>',
      },
      timeout: 15_000,
    });
    stack = journey.stack;
    vocabulary = consoleVocabulary();
    // Each department's editor names one of its records (the admin's code is kept for the browser).
    const first = async (username: string, api: string) => {
      const { accessToken } = await signIn(stack.url, username, DEMO_PASSWORD);
      const res = await fetch(`${stack.url}${api}?pageSize=1`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (!res.ok) throw new Error(`${api}: ${res.status}`);
      const { items } = (await res.json()) as { items: { id: string }[] };
      if (!items[0]) throw new Error(`${api}: the demo province has no record`);
      return items[0].id;
    };
    records.training = `/training/courses/${await first('snv.editor', '/api/training/courses')}`;
    records.culture = `/culture/${await first('svhttdl.editor', '/api/culture/events')}`;
    records.aid = `/aid/projects/${await first('sngv.editor', '/api/aid/projects')}`;
    records.budget = `/budget/${await first('svhttdl.editor', '/api/budget/estimates')}`;
  }, 180_000);

  afterAll(async () => {
    await journey?.stop();
    await sink?.stop();
  });

  describe.each(ROLES)('as the $name', ({ credentials }) => {
    let context: BrowserContext;
    let page: Page;
    let ui: ConsolePage;
    let pages: string[] = [];
    let menuLinks = 0;
    let signedOut = true;
    const errors: string[] = [];

    beforeAll(async () => {
      ({ context, page, ui } = await journey.openContext({ viewport: SCREENS[0].viewport, lang: 'vi' }));
      // Chromium logs every failed request as "Failed to load resource" without its address: the
      // responses below name them instead.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() < 400) return;
        const { pathname } = new URL(response.url());
        // Signed out, the console asks once whether a session can be restored; a 401 is the answer "no".
        if (response.status() === 401 && signedOut && pathname.startsWith('/api/auth/')) return;
        errors.push(`${response.status()} from ${response.request().method()} ${pathname}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
    });
    afterAll(() => context?.close());

    /** The language the console opens in from the next page load, as the language switch keeps it. */
    const chooseLang = (lang: 'vi' | 'en') =>
      page.evaluate(`window.localStorage.setItem('ascc.console.lang', '${lang}')`);

    /** Looks at the page at `url` as it is: what scrolls sideways, what is not words, what the console logged. */
    async function look(url: string): Promise<string[]> {
      errors.length = 0;
      await page.goto(`${stack.url}${url}`);
      await settle(page);
      const problems: string[] = [];
      const overflow = await horizontalOverflow(page);
      if (overflow)
        problems.push(
          `${url}: scrolls sideways (${overflow.scrollWidth} px wide in ${overflow.innerWidth} px); widest: ${overflow.widest ?? '?'}`,
        );
      // At 1366 px a list's default columns fit without scrolling the table either (a phone may scroll it).
      const list = page.viewportSize()?.width === 1366 ? await listScrollsSideways(page) : undefined;
      if (list)
        problems.push(
          `${url}: the list's default columns scroll sideways (${list.scrollWidth} px in ${list.clientWidth} px)`,
        );
      const raw = rawTextIn(await visibleTexts(page), vocabulary);
      if (raw.length) problems.push(`${url}: shows keys or codes instead of words: ${raw.join(', ')}`);
      if (errors.length) problems.push(`${url}: console errors: ${errors.join(' | ').slice(0, 600)}`);
      // E-mail is on: the status page shows the gateway's own card (its e-mail consumer and queue).
      if (url === '/status' && !(await page.getByTestId('status-gateway').isVisible()))
        problems.push(`${url}: no card for the gateway's e-mail`);
      return problems;
    }

    it('signs in on a sign-in card that fits both screens in both languages', async () => {
      const problems: string[] = [];
      for (const { viewport } of SCREENS) {
        await page.setViewportSize(viewport);
        for (const lang of LANGS) {
          await page.goto(`${stack.url}/login`);
          await chooseLang(lang);
          problems.push(...(await look('/login')));
        }
      }
      await page.setViewportSize(SCREENS[0].viewport);
      await chooseLang('vi');
      await page.goto(`${stack.url}/login`);
      await ui.signIn(credentials);
      signedOut = false;
      expect(problems).toEqual([]);
    });

    it('collects the pages of its navigation', async () => {
      const keys = await ui.navKeys();
      const links = await page
        .locator('[data-testid^="nav-"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      pages = [
        ...links,
        ...keys.flatMap((key) => [...(SECTION_PAGES[key] ?? []), ...(records[key] ? [records[key]] : [])]),
      ];
      menuLinks = links.length;
      expect(links.length).toBeGreaterThan(3);
    });

    for (const { name, viewport } of SCREENS)
      for (const lang of LANGS)
        it(`fits ${name} in ${lang === 'vi' ? 'Vietnamese' : 'English'} on every page, in words, without console errors`, async () => {
          await page.setViewportSize(viewport);
          await chooseLang(lang);
          if (viewport.width < 992) {
            // The menu is an overlay opened from the header, holding the same links as the sider.
            await page.goto(`${stack.url}/`);
            await page.getByTestId('open-nav').click();
            const drawer = page.getByRole('dialog');
            await drawer.getByTestId('nav-dashboard').waitFor();
            expect(await drawer.locator('a[data-testid^="nav-"]').count()).toBe(menuLinks);
          }
          const problems: string[] = [];
          for (const url of pages) problems.push(...(await look(url)));
          expect(problems).toEqual([]);
        }, 600_000);
  });

  /**
   * Screens the navigation does not list, looked at by the users who use them (issue 21 item 4): the
   * inbox (with a returned report in it), the header's search panel with results, an agency's action plan
   * card and the coordinator's overview of action plans — at both sizes, in both languages, each fits
   * without scrolling sideways, its content shows inside the screen, in words.
   */
  describe.each([
    { name: 'Home Affairs editor', username: 'snv.editor', screens: ['inbox', 'search', 'action plan card'] },
    { name: 'plan coordinator', username: 'sldtbxh.coordinator', screens: ['overview', 'search', 'inbox'] },
  ])('the inbox, search and action plan screens as the $name', ({ username, screens }) => {
    let context: BrowserContext;
    let page: Page;
    let ui: ConsolePage;

    beforeAll(async () => {
      ({ context, page, ui } = await journey.openContext({ viewport: SCREENS[0].viewport, lang: 'vi' }));
      if (username === 'snv.editor') {
        // A report of Home Affairs, returned by the coordinator: its author's inbox has a line.
        const call = async <T>(who: string, path: string, body: unknown) => {
          const { accessToken } = await signIn(stack.url, who, DEMO_PASSWORD);
          const res = await fetch(`${stack.url}${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
          return (await res.json()) as T;
        };
        let report = await call<{ id: string; version: number }>(username, '/api/reporting/reports', {
          agencyCode: 'SNV',
          year: 2018,
          planArea: 'III.8',
        });
        report = await call(username, `/api/reporting/reports/${report.id}/submit`, {
          version: report.version,
        });
        await call('sldtbxh.coordinator', `/api/reporting/reports/${report.id}/review`, {
          version: report.version,
          decision: 'return',
          comment: 'Bổ sung số liệu về học viên cấp xã trong năm báo cáo',
        });
      }
      await page.goto(`${stack.url}/login`);
      await ui.signIn(demo(username));
    });
    afterAll(() => context?.close());

    /** What is wrong with the screen as shown: sideways scroll, `content` outside the screen, raw keys. */
    async function problemsOf(what: string, content: ReturnType<Page['getByTestId']>): Promise<string[]> {
      await content.first().waitFor({ state: 'visible' });
      await settle(page);
      const problems: string[] = [];
      const overflow = await horizontalOverflow(page);
      if (overflow)
        problems.push(
          `${what}: scrolls sideways (${overflow.scrollWidth} px in ${overflow.innerWidth} px); widest: ${overflow.widest ?? '?'}`,
        );
      const width = page.viewportSize()?.width ?? 0;
      const box = await content.first().boundingBox();
      if (!box || box.width === 0 || box.x < 0 || box.x + box.width > width + 1)
        problems.push(`${what}: its content is not inside the ${width}-px screen (${JSON.stringify(box)})`);
      const raw = rawTextIn(await visibleTexts(page), vocabulary);
      if (raw.length) problems.push(`${what}: shows keys or codes instead of words: ${raw.join(', ')}`);
      return problems;
    }

    const SHOW: Record<string, (what: string) => Promise<string[]>> = {
      inbox: async (what) => {
        await page.goto(`${stack.url}/inbox`);
        const heading = page.getByRole('heading', { level: 2 });
        return problemsOf(what, username === 'snv.editor' ? page.getByTestId('inbox-item') : heading);
      },
      search: async (what) => {
        await page.goto(`${stack.url}/`);
        await page.getByTestId('global-search-open').click();
        await page.getByTestId('global-search-input').fill('nguyen');
        const problems = await problemsOf(what, page.getByTestId('global-search-hit'));
        await page.keyboard.press('Escape');
        await page.getByTestId('global-search-input').waitFor({ state: 'hidden' });
        return problems;
      },
      'action plan card': async (what) => {
        await page.goto(`${stack.url}/reports`);
        return problemsOf(what, page.getByTestId('action-plan-card'));
      },
      overview: async (what) => {
        await page.goto(`${stack.url}/reports`);
        return problemsOf(what, page.getByTestId('task-overview'));
      },
    };

    for (const { name, viewport } of SCREENS)
      for (const lang of LANGS)
        it(`shows its ${screens.join(', ')} at ${name} in ${lang === 'vi' ? 'Vietnamese' : 'English'}, fitting`, async () => {
          await page.setViewportSize(viewport);
          await page.evaluate(`window.localStorage.setItem('ascc.console.lang', '${lang}')`);
          const problems: string[] = [];
          for (const screen of screens)
            problems.push(...(await SHOW[screen](`${screen} (${name}, ${lang})`)));
          expect(problems).toEqual([]);
        }, 120_000);
  });
});
