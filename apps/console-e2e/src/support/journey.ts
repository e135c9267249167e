import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { secondFactorRequired } from '@ascc/contracts';
import { DEMO_USERS, REPO_ROOT, type Stack, type StackOptions, startStack } from '@ascc/testing';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { ConsolePage, type Credentials } from './console-page';
import { trackRequests } from './screen-checks';

/** The demo users' password; the stack seeds its demo users with it. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'Demo-Thai-Binh-2025';
/** The TOTP secret the stack seeds the demo users whose roles require a second factor with. */
export const DEMO_TOTP_SECRET = process.env.DEMO_TOTP_SECRET || 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SECOND_FACTOR_USERS = new Set<string>(
  Object.values(DEMO_USERS)
    .filter((user) => secondFactorRequired({ roles: [...user.roles], agencyCode: user.agencyCode }))
    .map((user) => user.username),
);
/** A demo user's credentials, with the TOTP secret when their roles require a second factor. */
export const demo = (username: string): Credentials => ({
  username,
  password: DEMO_PASSWORD,
  ...(SECOND_FACTOR_USERS.has(username.toLowerCase()) ? { totpSecret: DEMO_TOTP_SECRET } : {}),
});

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

export interface JourneyOptions {
  /** Environment for the stack's processes, beside the demo password and a login rate limit for one IP. */
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** Playwright's default wait, ms. */
  timeout?: number;
  acceptDownloads?: boolean;
  /** Open the console in this language (stored before the first page loads); otherwise Vietnamese. */
  lang?: 'en';
  /** How many copies of each service the stack runs (one by default). */
  copies?: StackOptions['copies'];
}

/** A browser journey's world: the stack from `dist`, Chromium, one page and the console's helpers. */
export interface Journey {
  stack: Stack;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  ui: ConsolePage;
  /**
   * A fresh browser context (no cookies, no storage: nobody signed in) at this size, opening the console
   * in `lang` until the page itself switches language. For journeys that look at one screen as several
   * users, sizes or languages while sharing the stack.
   */
  openContext(options: { viewport: { width: number; height: number }; lang?: 'vi' | 'en' }): Promise<{
    context: BrowserContext;
    page: Page;
    ui: ConsolePage;
  }>;
  /** Closes a drawer or modal a failed step left open, so the next step starts clean. */
  closeOpenLayers(): Promise<void>;
  stop(): Promise<void>;
}

/** Held while a journey's stack starts; one file per checkout, so two checkouts do not wait on each other. */
const START_LOCK = path.join(
  os.tmpdir(),
  `ascc-e2e-start-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}.lock`,
);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `start` while no other journey of this checkout starts its stack. Journeys run two at a time
 * (jest.e2e.config.js): a stack's start-up (seven processes loading and migrating) takes the CPU, so
 * one starts while the other journey runs its steps rather than both starting at once. A lock left by
 * a process that died is taken over.
 */
async function oneStartAtATime<T>(start: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.writeFileSync(START_LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number(fs.readFileSync(START_LOCK, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      if (holder && !alive(holder)) fs.rmSync(START_LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await start();
  } finally {
    fs.rmSync(START_LOCK, { force: true });
  }
}

/**
 * Starts a journey against the built console: checks `dist/apps/console` exists, starts the stack
 * (nats-server, the services and the gateway serving the console) and Chromium, and opens a page.
 * Signing in stays in the journey's steps: it is part of what each journey checks.
 */
export async function startJourney(options: JourneyOptions = {}): Promise<Journey> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'apps', 'console', 'index.html')))
    throw new Error('dist/apps/console is missing: run `npm run build:node && npm run build:console` first');
  const stack = await oneStartAtATime(() =>
    startStack({
      // Every sign-in of a journey comes from 127.0.0.1; the default 10 a minute is for guessers.
      env: { DEMO_PASSWORD, DEMO_TOTP_SECRET, LOGIN_RATE_LIMIT_PER_MINUTE: '100', ...options.env },
      // Two cores shared by parallel jobs can take over a minute to start six processes (or more copies).
      startTimeoutMs: 180_000,
      ...(options.copies ? { copies: options.copies } : {}),
    }),
  );
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    if (options.lang)
      await context.addInitScript(`window.localStorage.setItem('ascc.console.lang', '${options.lang}')`);
    const page = await context.newPage();
    trackRequests(page);
    page.setDefaultTimeout(options.timeout ?? 10_000);
    const ui = new ConsolePage(page);
    const opened = browser;
    return {
      stack,
      browser: opened,
      context,
      page,
      ui,
      async openContext({ viewport, lang }) {
        const context = await opened.newContext({ viewport });
        if (lang)
          await context.addInitScript(
            `window.localStorage.getItem('ascc.console.lang') || window.localStorage.setItem('ascc.console.lang', '${lang}')`,
          );
        const page = await context.newPage();
        trackRequests(page);
        page.setDefaultTimeout(options.timeout ?? 10_000);
        return { context, page, ui: new ConsolePage(page) };
      },
      async closeOpenLayers() {
        for (const layer of [page.getByRole('dialog').first(), page.locator('.ant-modal').first()]) {
          if (await layer.isVisible()) {
            await page.keyboard.press('Escape');
            await layer.waitFor({ state: 'hidden' }).catch(() => undefined);
          }
        }
      },
      async stop() {
        await opened.close();
        await stack.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await stack.stop();
    throw error;
  }
}
