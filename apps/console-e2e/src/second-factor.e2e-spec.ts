import { type Stack, unusedTotpCode } from '@ascc/testing';
import type { Page } from 'playwright-core';
import { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, type Journey, demo, startJourney } from './support/journey';
import { settledOverflow } from './support/screen-checks';

/**
 * Two-step verification for a user whose roles do not require it: set up from the user menu (QR code
 * and key, a code to confirm, the recovery codes shown once), then signing in with the app's code and
 * with a recovery code, each good once; and the admin's reset of that authenticator, confirmed first.
 * On a laptop (1366×768) and a phone (390 px), in Vietnamese and in English.
 */
const TEXT = {
  vi: {
    code: 'Mã xác thực',
    recovery: 'Mã khôi phục',
    usedRecovery: 'Mã khôi phục không đúng hoặc đã được dùng',
    resetDone: 'Đã đặt lại xác thực hai lớp',
  },
  en: {
    code: 'Verification code',
    recovery: 'Recovery code',
    usedRecovery: 'The recovery code is wrong or was already used',
    resetDone: 'The authenticator of',
  },
} as const;

const CASES = [
  { username: 'sngv.editor', lang: 'vi', viewport: { width: 1366, height: 768 } },
  { username: 'sngv.viewer', lang: 'en', viewport: { width: 1366, height: 768 } },
  { username: 'svhttdl.editor', lang: 'vi', viewport: { width: 390, height: 844 } },
  { username: 'svhttdl.viewer', lang: 'en', viewport: { width: 390, height: 844 } },
] as const;

describe('Two-step verification for everyone who wants it', () => {
  let journey: Journey;
  let stack: Stack;

  beforeAll(async () => {
    journey = await startJourney();
    stack = journey.stack;
  }, 90_000);
  afterAll(() => journey?.stop());

  async function fits(page: Page, where: string): Promise<void> {
    expect({ where, overflow: await settledOverflow(page) }).toEqual({ where, overflow: undefined });
  }

  async function passwordStep(ui: ConsolePage, username: string): Promise<void> {
    await ui.page.getByTestId('login-submit').waitFor();
    await ui.page.getByLabel(/^(Username|Tên đăng nhập)$/).fill(username);
    await ui.page.getByLabel(/^(Password|Mật khẩu)$/).fill(DEMO_PASSWORD);
    await ui.page.getByTestId('login-submit').click();
  }

  async function signedIn(page: Page): Promise<void> {
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('user-menu').waitFor();
  }

  it.each(CASES)(
    '$username ($lang, $viewport.width px): sets up, then signs in with a code and with a recovery code',
    async ({ username, lang, viewport }) => {
      const { context, page, ui } = await journey.openContext({ viewport, lang });
      const text = TEXT[lang];
      try {
        await page.goto(`${stack.url}/login`);
        await ui.signIn(demo(username));

        // Set-up from the user menu: the QR code the gateway drew, the key, a code to confirm.
        await page.getByTestId('user-menu').click();
        await page.getByTestId('menu-second-factor').click();
        await page.getByTestId('second-factor-start').click();
        const qr = page.getByTestId('totp-qr');
        await qr.waitFor();
        // The image the gateway drew has loaded (written as text: this project's types know no DOM).
        const loaded = `(() => { const img = document.querySelector('[data-testid="totp-qr"]');
          return Boolean(img && img.complete && img.naturalWidth > 0); })()`;
        await page.waitForFunction(loaded);
        expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
        const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
        expect(secret).toMatch(/^[A-Z2-7]{32}$/);
        await fits(page, 'set-up');

        // A wrong code is said beside the field, and nothing is enabled.
        const code = page.getByRole('dialog').getByLabel(text.code);
        await code.fill('000000');
        await page.getByTestId('second-factor-submit').click();
        await page.locator('.ant-form-item-explain-error').first().waitFor();
        await code.fill(await unusedTotpCode(username, secret));
        await page.getByTestId('second-factor-submit').click();

        // The recovery codes, once, to copy or download.
        await page.getByTestId('recovery-codes').waitFor();
        const codes = await page.getByTestId('recovery-code').allInnerTexts();
        expect(codes).toHaveLength(10);
        for (const recovery of codes) expect(recovery).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
        const download = page.waitForEvent('download');
        await page.getByTestId('recovery-download').click();
        expect((await download).suggestedFilename()).toBe(`ascc-recovery-codes-${username}.txt`);
        await fits(page, 'recovery codes');
        await page.getByTestId('second-factor-close').click();
        await ui.signOut();

        // Signing in now asks for the app's code.
        await ui.signIn({ ...demo(username), totpSecret: secret });
        await ui.signOut();

        // Or, with the phone lost, a recovery code: good once.
        await passwordStep(ui, username);
        await page.getByTestId('login-code-mode').click();
        await page.getByLabel(text.recovery).fill(codes[0].toUpperCase());
        await fits(page, 'code step');
        await page.getByTestId('login-code-submit').click();
        await signedIn(page);
        await ui.signOut();

        await passwordStep(ui, username);
        await page.getByTestId('login-code-mode').click();
        await page.getByLabel(text.recovery).fill(codes[0]);
        await page.getByTestId('login-code-submit').click();
        await ui.waitForText(page.locator('.ant-form-item-explain-error').first(), text.usedRecovery);
        expect(new URL(page.url()).pathname).toBe('/login');
      } finally {
        await context.close();
      }
    },
    150_000,
  );

  it.each(CASES.slice(0, 2))(
    "the admin resets $username's authenticator after confirming ($lang)",
    async ({ username, lang, viewport }) => {
      const { context, page, ui } = await journey.openContext({ viewport, lang });
      try {
        await page.goto(`${stack.url}/login`);
        await ui.signIn({ ...demo('admin'), totpSecret: DEMO_TOTP_SECRET });
        await page.goto(`${stack.url}/users`);
        await ui.search(username);
        const row = page.getByRole('row').filter({ hasText: username });
        await row.getByTestId('reset-second-factor').click();
        await page.getByTestId('reset-second-factor-confirm').click();
        await ui.waitForText(page.locator('.ant-message'), TEXT[lang].resetDone);
        await row.getByTestId('reset-second-factor').waitFor({ state: 'detached' });
        await ui.signOut();
        // Their roles need none: they sign in with the password alone again.
        await ui.signIn(demo(username));
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
