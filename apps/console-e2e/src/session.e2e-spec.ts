import type { Stack } from '@ascc/testing';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * Two tabs of one browser share the refresh cookie, and the gateway rotates it with reuse detection: a
 * token presented twice ends the sign-in. Tabs that renew at the same moment must take turns (and the
 * second may take the token the first obtained), so the user stays signed in in both.
 */
describe('Two console tabs renewing at once', () => {
  let journey: Journey;
  let stack: Stack;
  let context: BrowserContext;
  let tabs: Page[];
  const refreshes: Request[] = [];

  beforeAll(async () => {
    journey = await startJourney({ lang: 'en' });
    ({ stack, context } = journey);
    context.on('request', (request) => {
      if (request.url().endsWith('/api/auth/refresh')) refreshes.push(request);
    });
    const first = journey.page;
    await first.goto(`${stack.url}/login`);
    await journey.ui.signIn(demo('snv.editor'));
    const second = await context.newPage();
    second.setDefaultTimeout(10_000);
    await second.goto(`${stack.url}/training`);
    tabs = [first, second];
    for (const tab of tabs) await onTrainingList(tab);
  }, 90_000);
  afterAll(() => journey?.stop());

  async function onTrainingList(tab: Page): Promise<void> {
    if (!tab.url().endsWith('/training')) await tab.getByTestId('nav-training').click();
    await tab.getByRole('heading', { level: 2, name: 'Training courses' }).waitFor();
    await tab.getByTestId('list-table').waitFor();
  }

  /** Every refresh since `from` answered with a session (none refused as a reuse). */
  async function refreshStatuses(from: number): Promise<number[]> {
    return Promise.all(
      refreshes.slice(from).map(async (request) => (await request.response())?.status() ?? 0),
    );
  }

  /**
   * Holds each refresh until a second one is on its way too (or half a second passed), then lets them go
   * together: refreshes sent from both tabs at once reach the gateway with the same refresh cookie.
   * Tabs that take turns send the second only after the first returned, so it waits alone.
   */
  async function refreshesTogether(): Promise<() => Promise<void>> {
    let waiting: Array<() => void> = [];
    const hold = async (route: Route) => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length >= 2) {
          for (const release of waiting) release();
          waiting = [];
        } else
          setTimeout(() => {
            waiting = waiting.filter((release) => release !== resolve);
            resolve();
          }, 500);
      });
      await route.fallback();
    };
    await context.route('**/api/auth/refresh', hold);
    return () => context.unroute('**/api/auth/refresh', hold);
  }

  async function stillSignedIn(tab: Page): Promise<void> {
    await tab.getByTestId('user-menu').waitFor();
    expect(new URL(tab.url()).pathname).not.toBe('/login');
  }

  it('reloading both tabs at the same moment restores the session in both', async () => {
    const from = refreshes.length;
    const release = await refreshesTogether();
    await Promise.all(tabs.map((tab) => tab.reload()));
    for (const tab of tabs) {
      await onTrainingList(tab);
      await stillSignedIn(tab);
    }
    await release();
    const statuses = await refreshStatuses(from);
    // One refresh when the second tab took the session the first announced, two when it renewed in turn.
    expect(statuses.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it('both tabs meeting an expired token at the same moment renew once each in turn, or share one renewal, and stay signed in', async () => {
    const from = refreshes.length;
    const release = await refreshesTogether();
    // Each tab's next list request is answered 401 (its token expired); both answers are held until
    // both tabs have asked, so both renew at the same instant.
    let arrived = 0;
    let releaseAll: () => void = () => undefined;
    const bothAsked = new Promise<void>((resolve) => (releaseAll = resolve));
    const expireOnce = async (route: Route) => {
      arrived += 1;
      if (arrived === 2) releaseAll();
      await bothAsked;
      await route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({
          code: 'UNAUTHENTICATED',
          status: 401,
          message: 'The access token has expired',
        }),
      });
    };
    for (const tab of tabs)
      await tab.route((url) => url.pathname === '/api/culture/events', expireOnce, { times: 1 });

    await Promise.all(tabs.map((tab) => tab.getByTestId('nav-culture').click()));
    for (const tab of tabs) {
      await tab.getByTestId('list-table').waitFor();
      await tab.getByRole('heading', { level: 2, name: 'Cultural, sports and tourism events' }).waitFor();
      await stillSignedIn(tab);
    }
    await release();
    expect(arrived).toBe(2);
    const statuses = await refreshStatuses(from);
    expect(statuses.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200)).toBe(true);

    // The sign-in is still alive on the server: a reload of either tab restores it.
    await tabs[1].reload();
    await stillSignedIn(tabs[1]);
    await tabs[1].getByTestId('list-table').waitFor();
  });
});
