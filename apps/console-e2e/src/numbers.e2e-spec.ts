import {
  AID_ROUTES,
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  type RouteContract,
  TRAINING_ROUTES,
  pathParamNames,
  routePath,
} from '@ascc/contracts';
import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';

/**
 * Issue 14: numbers typed the Vietnamese way, in the built console (in Vietnamese) against the real
 * stack. Each department's user types into its money, rate and score fields as officials write numbers
 * — dots between thousands, a comma before decimals — and the journey reads back what the services
 * stored, through the API: `150.000` USD at `25.350` is 3.802.500.000 đồng, a score `8,5` is 8.5, a unit
 * cost `1.234.567` × 2 is 2.469.134 đồng, an event's cost `350.000.000` and audience `4.000` as written.
 * What does not fit is refused beside its field, never clamped, rounded or sign-stripped: a score of 11,
 * a negative amount, unit cost or capacity, `25.35` as a Vietnamese rate.
 *
 * The records the users work on (a project, a course with two trainees, an estimate, an event) are made
 * through the API first: making them is other journeys' subject.
 */
const stamp = Date.now().toString(36).toUpperCase();
/** Money is written with no-break spaces so it never wraps: read it with plain ones. */
const plain = (value: string | null) => (value ?? '').replace(/\u00a0/g, ' ');
/** An ISO day `days` before today (after it, when negative), for records that must already have started. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('Numbers typed the Vietnamese way, stored exactly', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  const tokens: Record<string, string> = {};

  /** One route of the contracts over HTTP, as `username`; fails loudly on anything but success. */
  const api = async <T = Record<string, unknown>>(
    username: string,
    route: RouteContract,
    message: Record<string, unknown>,
  ): Promise<T> => {
    tokens[username] ??= (await signIn(stack.url, username, DEMO_PASSWORD)).accessToken;
    const params = Object.fromEntries(pathParamNames(route.path).map((p) => [p, String(message[p])]));
    const rest = Object.fromEntries(Object.entries(message).filter(([k]) => !(k in params)));
    let url = stack.url + routePath(route.path, params);
    const init: RequestInit = {
      method: route.method,
      headers: { authorization: `Bearer ${tokens[username]}` },
    };
    if (route.method === 'GET') {
      const query = new URLSearchParams(
        Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]),
      );
      if (query.toString()) url += `?${query.toString()}`;
    } else {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(rest);
    }
    const res = await fetch(url, init);
    const body = (await res.json()) as T;
    if (res.status >= 300) throw new Error(`${route.method} ${url}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };

  beforeAll(async () => {
    journey = await startJourney({ env: { LOG_LEVEL: 'silent' }, timeout: 15_000 });
    ({ stack, page, ui } = journey);
    await page.goto(stack.url);
  }, 120_000);
  afterAll(() => journey?.stop());
  // A step that failed with a drawer open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());

  /** The message shown under a number typed outside a form (a table's cell), found by its label. */
  const cellMessage = (label: string) =>
    page
      .getByTestId('number-cell')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .getByTestId('number-error');
  /** A fresh sign-in, whoever was signed in before (a failed step may have left anyone). */
  const signInAs = async (username: string) => {
    await journey.context.clearCookies();
    await page.goto(stack.url);
    await ui.signIn(demo(username));
  };
  const toast = (text: string) => page.locator('.ant-message-notice', { hasText: text }).first().waitFor();

  it('Foreign Affairs records 150.000 USD at 25.350 đồng: 3.802.500.000 đồng, refusing a negative amount', async () => {
    const project = await api<{ id: string }>('sngv.editor', AID_ROUTES.projectCreate, {
      code: `NUM-${stamp}`,
      titleVi: `Dự án kiểm tra số ${stamp}`,
      titleEn: `Numbers check project ${stamp}`,
      agencyCode: 'SNGV',
      participants: [{ role: 'funding', name: 'Korea Green Friends', countryCode: 'KR' }],
      sectors: [{ code: '11220', percentage: 100 }],
      locations: [{ districtCode: 'H-KIENXUONG', percentage: 100 }],
    });
    await signInAs('sngv.editor');
    await page.goto(`${stack.url}/aid/projects/${project.id}`);
    await page.getByTestId('add-transaction').click();
    await ui.drawer.getByText('Thêm giao dịch', { exact: true }).first().waitFor();
    await ui.pickDate('Ngày giao dịch', daysAgo(3));
    const currency = ui.field('Loại tiền');
    await currency.click();
    await currency.fill('USD');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="USD"]')
      .first()
      .click();

    // A negative amount keeps its sign and is refused by its rule, not stored sign-stripped.
    await ui.fill('Số tiền', '-150.000');
    await ui.fill('Tỷ giá (đồng / đơn vị)', '25.350');
    await ui.submit();
    await ui.waitForText(ui.fieldMessage('Số tiền'), 'Giá trị phải lớn hơn 0');
    // A rate written the English way is no number in Vietnamese: refused as such, not read as 25,35.
    await ui.fill('Số tiền', '150.000');
    await ui.fill('Tỷ giá (đồng / đơn vị)', '25.35');
    await ui.submit();
    await ui.waitForText(
      ui.fieldMessage('Tỷ giá (đồng / đơn vị)'),
      'Không phải là số theo cách viết tiếng Việt',
    );

    await ui.fill('Số tiền', '150.000');
    await ui.fill('Tỷ giá (đồng / đơn vị)', '25.350');
    // The đồng equivalent stands large under the rate before anything is sent.
    await ui.waitForText(ui.drawer.getByTestId('dong-amount'), '3.802.500.000');
    await ui.submitAndWaitForSave();

    const table = page.getByTestId('transactions-table');
    await ui.waitForText(table, '3.802.500.000');
    expect(plain(await table.textContent())).toContain('150.000 USD');
    const stored = await api<{ items: { amount: string; exchangeRate: string; dongAmount: number }[] }>(
      'sngv.editor',
      AID_ROUTES.transactionList,
      { projectId: project.id },
    );
    expect(stored.items).toEqual([
      expect.objectContaining({ amount: '150000', exchangeRate: '25350', dongAmount: 3_802_500_000 }),
    ]);
  });

  it('Home Affairs scores 8,5 as 8.5 and has 11 refused beside the field, not made 10', async () => {
    const csv = [
      'staffCode,fullName,gender,districtCode,commune,level,group',
      `${stamp}-1,Nguyễn Thị Số ${stamp},female,H-HUNGHA,Xã Tân Lập,commune,civil-servant`,
      `${stamp}-2,Trần Văn Điểm ${stamp},male,H-HUNGHA,Xã Tân Lập,commune,cadre`,
    ].join('\n');
    await api('snv.editor', TRAINING_ROUTES.traineeImport, {
      commit: true,
      file: { fileName: 'so.csv', contentType: 'text/csv', base64: Buffer.from(csv).toString('base64') },
    });
    const trainees = await api<{ items: { id: string }[] }>('snv.editor', TRAINING_ROUTES.traineeList, {
      q: stamp,
    });
    const course = await api<{ id: string; version: number }>('snv.editor', TRAINING_ROUTES.courseCreate, {
      code: `SO-${stamp}`,
      titleVi: `Bồi dưỡng kiểm tra điểm ${stamp}`,
      titleEn: `Score check course ${stamp}`,
      topic: 'international-integration',
      targetLevel: 'commune',
      agencyCode: 'SNV',
      startDate: daysAgo(2),
      endDate: daysAgo(1),
      sessions: [{ date: daysAgo(2), topic: 'ASEAN' }],
      capacity: 10,
      costEstimate: 10_000_000,
    });
    const move = async (status: string) => {
      const { version } = await api<{ version: number }>('snv.editor', TRAINING_ROUTES.courseGet, {
        id: course.id,
      });
      await api('snv.editor', TRAINING_ROUTES.courseChangeStatus, { id: course.id, version, status });
    };
    await move('open');
    await api('snv.editor', TRAINING_ROUTES.enrolmentCreate, {
      id: course.id,
      traineeIds: trainees.items.map((t) => t.id),
    });
    await move('in-progress');

    await signInAs('snv.editor');
    await page.goto(`${stack.url}/training/courses/${course.id}?tab=results`);
    const first = `Điểm của Nguyễn Thị Số ${stamp}`;
    const second = `Điểm của Trần Văn Điểm ${stamp}`;
    await page.getByLabel(first, { exact: true }).fill('8,5');
    await page.getByLabel(second, { exact: true }).fill('11');
    await page.getByLabel(second, { exact: true }).blur();
    await ui.waitForText(cellMessage(second), 'Giá trị không được vượt quá 10');
    // Still 11 as typed, and nothing saved while it is refused.
    expect(await page.getByLabel(second, { exact: true }).inputValue()).toBe('11');
    await page.getByTestId('scores-save').click();
    await toast('Vui lòng sửa các trường được đánh dấu.');

    await page.getByLabel(second, { exact: true }).fill('7');
    await page.getByTestId('scores-save').click();
    await toast('Đã lưu thay đổi');
    const roster = await api<{ items: { fullName: string; score: number | null }[] }>(
      'snv.editor',
      TRAINING_ROUTES.enrolmentList,
      { id: course.id },
    );
    const scores = Object.fromEntries(roster.items.map((e) => [e.fullName, e.score]));
    expect(scores).toEqual({ [`Nguyễn Thị Số ${stamp}`]: 8.5, [`Trần Văn Điểm ${stamp}`]: 7 });
    // Shown back the Vietnamese way once saved and read again.
    await page.reload();
    await page.getByLabel(first, { exact: true }).waitFor();
    expect(await page.getByLabel(first, { exact: true }).inputValue()).toBe('8,5');
  });

  it('Culture prices a line at 1.234.567 × 2 = 2.469.134 đồng, refusing a negative unit cost', async () => {
    const estimate = await api<{ id: string }>('svhttdl.editor', BUDGET_ROUTES.estimateCreate, {
      agencyCode: 'SVHTTDL',
      fiscalYear: 2027,
      titleVi: `Dự toán kiểm tra số ${stamp}`,
    });
    await signInAs('svhttdl.editor');
    await page.goto(`${stack.url}/budget/${estimate.id}`);
    const drawer = page.getByTestId('budget-estimate');
    await drawer.getByRole('button', { name: 'Thêm dòng' }).click();
    await drawer.getByLabel('Nội dung', { exact: true }).fill('Biểu diễn nghệ thuật');

    await drawer.getByLabel('Đơn giá (đồng)', { exact: true }).fill('-1.234.567');
    await drawer.getByLabel('Số lượng', { exact: true }).fill('2');
    await ui.waitForText(cellMessage('Đơn giá (đồng)'), 'Không được là số âm');
    expect(await drawer.getByLabel('Đơn giá (đồng)', { exact: true }).inputValue()).toBe('-1.234.567');
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Vui lòng sửa các trường được đánh dấu.');
    const untouched = await api<{ lines: unknown[] }>('svhttdl.editor', BUDGET_ROUTES.estimateGet, {
      id: estimate.id,
    });
    expect(untouched.lines).toEqual([]);

    await drawer.getByLabel('Đơn giá (đồng)', { exact: true }).fill('1.234.567');
    await ui.waitForText(drawer.getByTestId('estimate-total'), '2.469.134');
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Đã lưu');
    const saved = await api<{
      requestedAmount: number;
      lines: { quantity: number; unitCost: number; amount: number }[];
    }>('svhttdl.editor', BUDGET_ROUTES.estimateGet, { id: estimate.id });
    expect(saved.lines).toEqual([
      expect.objectContaining({ quantity: 2, unitCost: 1_234_567, amount: 2_469_134 }),
    ]);
    expect(saved.requestedAmount).toBe(2_469_134);
    // The unit cost reads back grouped the Vietnamese way, as the service stored it.
    await page.reload();
    await drawer.getByLabel('Đơn giá (đồng)', { exact: true }).waitFor();
    expect(await drawer.getByLabel('Đơn giá (đồng)', { exact: true }).inputValue()).toBe('1.234.567');
    expect(plain(await drawer.getByTestId('estimate-total').textContent())).toBe('2.469.134 ₫');
  });

  it('Culture costs an event at 350.000.000 đồng for 4.000 people, refusing a negative capacity', async () => {
    const event = await api<{ id: string }>('svhttdl.editor', CULTURE_ROUTES.eventCreate, {
      titleVi: `Liên hoan kiểm tra số ${stamp}`,
      titleEn: `Numbers check festival ${stamp}`,
      type: 'festival',
      agencyCode: 'SVHTTDL',
      venue: 'Quảng trường Thái Bình',
      startDate: daysAgo(-29),
      endDate: daysAgo(-30),
      costEstimate: 0,
    });
    await signInAs('svhttdl.editor');
    await page.goto(`${stack.url}/culture/${event.id}`);
    await page.getByTestId('event-edit').click();
    await ui.drawer.getByText('Sửa sự kiện', { exact: true }).first().waitFor();
    await ui.fill('Kinh phí dự kiến', '350.000.000');
    await ui.fill('Số người tham dự dự kiến', '4.000');
    await ui.drawer.getByLabel('Nhận đăng ký tham dự', { exact: true }).click();
    await ui.fill('Số chỗ', '-200');
    await ui.submit();
    await ui.waitForText(ui.fieldMessage('Số chỗ'), 'Giá trị phải từ 1 trở lên');
    expect(await ui.field('Số chỗ').inputValue()).toBe('-200');

    await ui.fill('Số chỗ', '1.500');
    await ui.submitAndWaitForSave();
    const stored = await api<{ costEstimate: number; expectedAudience: number; capacity: number }>(
      'svhttdl.editor',
      CULTURE_ROUTES.eventGet,
      { id: event.id },
    );
    expect(stored).toMatchObject({ costEstimate: 350_000_000, expectedAudience: 4000, capacity: 1500 });
  });
});
