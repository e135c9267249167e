import {
  type DemoApi,
  type SmtpSink,
  type Stack,
  demoApi,
  startSmtpSink,
  submitEstimate,
  waitFor,
} from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settle } from './support/screen-checks';

/**
 * Issue 21, "done when": a returned estimate lands in its author's inbox. Home Affairs' editor writes
 * and submits an estimate and Finance returns it with a comment (through the API: not this journey's
 * subject); the editor, on a 390 px phone, sees the unread count on the header's bell, opens the inbox,
 * reads Finance's comment and opens the estimate from there; the notification is then read. E-mail is
 * on (an SMTP sink started here): the editor's address, set before, gets the same notice with the link.
 */
const stamp = Date.now().toString(36).toUpperCase();
const TITLE = `Dự toán bồi dưỡng năm 2030 ${stamp}`;
const COMMENT = 'Đề nghị bổ sung báo giá';
const PHONE = { width: 390, height: 844 };

describe('a returned estimate in its author’s inbox', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let estimateId = '';
  let sink: SmtpSink;
  let api: DemoApi;

  beforeAll(async () => {
    sink = await startSmtpSink();
    journey = await startJourney({
      env: { LOG_LEVEL: 'silent', SMTP_URL: sink.url, CONSOLE_PUBLIC_URL: 'https://plan.test' },
      viewport: PHONE,
      timeout: 15_000,
    });
    ({ stack, page, ui } = journey);
    api = demoApi(stack, DEMO_PASSWORD);
    await api('snv.editor', 'PUT', '/api/auth/mail-preferences', {
      email: 'snv.editor@example.gov.vn',
      language: 'vi',
      emailNotifications: true,
    });
    const submitted = await submitEstimate(api, 'snv.editor', {
      agencyCode: 'SNV',
      fiscalYear: 2030,
      titleVi: TITLE,
      lines: [
        {
          description: 'Khóa bồi dưỡng kiến thức hội nhập',
          planArea: 'III.8',
          fundingSource: 'PROVINCIAL_BUDGET',
          quantity: 1,
          unitCost: 80_000_000,
        },
      ],
    });
    estimateId = submitted.id;
    await api('stc.reviewer', 'POST', `/api/budget/estimates/${submitted.id}/review`, {
      version: submitted.version,
      decision: 'return',
      comment: COMMENT,
      lines: [],
    });
    // The event reaches the inbox within a moment; the journey starts once it has.
    await waitFor(
      async () =>
        (await api<{ unread: number }>('snv.editor', 'GET', '/api/notifications/unread-count')).unread > 0,
      'the returned estimate in the inbox',
      20_000,
    );
  }, 240_000);
  afterAll(async () => {
    await journey?.stop();
    await sink?.stop();
  });

  it('shows the unread count on the bell and opens the estimate from the inbox, on a phone', async () => {
    await page.goto(stack.url);
    await ui.signIn(demo('snv.editor'));
    const bell = page.getByTestId('inbox-bell');
    await waitFor(
      async () => (await bell.getAttribute('aria-label')) === 'Thông báo: 1 chưa đọc',
      'the unread count on the bell',
      10_000,
    );
    await bell.click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    const item = page.getByTestId('inbox-item').filter({ hasText: TITLE });
    await item.waitFor();
    expect(await item.getAttribute('data-unread')).toBe('true');
    expect(await item.textContent()).toContain(COMMENT);
    await settle(page);
    expect(await horizontalOverflow(page)).toBeUndefined();

    await item.getByTestId('inbox-open').click();
    await page.waitForURL((url) => url.pathname === `/budget/${estimateId}`);
    await page.getByTestId('budget-estimate').waitFor();
    await waitFor(
      async () => (await bell.getAttribute('aria-label')) === 'Thông báo: không có thông báo chưa đọc',
      'the bell to show nothing unread',
      10_000,
    );
  });

  it('mails the returned estimate to its author too, and shows the address under the account menu', async () => {
    await waitFor(
      async () => sink.mails.some((m) => m.to.includes('snv.editor@example.gov.vn')),
      'the e-mail in the SMTP sink',
      20_000,
    );
    const mail = sink.mails.find((m) => m.to.includes('snv.editor@example.gov.vn'));
    expect(mail?.subject).toContain(TITLE);
    expect(mail?.text).toContain(COMMENT);
    expect(mail?.text).toContain(`https://plan.test/budget/${estimateId}`);

    // Back from the estimate's page (its drawer covers the header on a phone); the session carries over.
    await page.goto(`${stack.url}/inbox`);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-mail-preferences').click();
    const address = page.getByRole('textbox', { name: 'Thư điện tử' });
    await address.waitFor();
    expect(await address.inputValue()).toBe('snv.editor@example.gov.vn');
    await settle(page);
    expect(await horizontalOverflow(page)).toBeUndefined();
  });
});
