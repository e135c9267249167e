import { type DemoApi, type Stack, demoApi, submitEstimate } from '@ascc/testing';
import type { Locator, Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';
import { horizontalOverflow, settle } from './support/screen-checks';

/**
 * Issue 14, "done when": the Finance reviewer reviews and approves a 30-line estimate at 1366×768
 * without scrolling sideways. Culture's editor writes and submits the estimate through the API (writing
 * 30 lines is not this journey's subject); Finance's reviewer finds it in the budget list and reviews
 * it in Vietnamese at 1366×768 (and looks at it on a phone in English): every line's approved amount
 * and comment within the screen, each line a sane height, approve-all, one line cut to a partial amount
 * typed the Vietnamese way, one comment, approval; then the API says what was stored. Before deciding,
 * the reviewer starts the review: the estimate reads "under review" and its history says who started it.
 */
const stamp = Date.now().toString(36).toUpperCase();
const TITLE = `Dự toán kinh phí văn hóa năm 2029 ${stamp}`;
/** A year no other journey writes an estimate for. */
const FISCAL_YEAR = 2029;
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Line 8 (index 7) is approved in part, line 13 (index 12) gets a comment. */
const PARTIAL = 7;
const COMMENTED = 12;
const COMMENT = 'Đề nghị bổ sung báo giá của ít nhất ba nhà cung cấp trước khi thanh toán';

const PLAN_AREAS = [
  'III.1',
  'III.2',
  'III.3',
  'III.4',
  'III.5',
  'III.6',
  'III.7',
  'III.8',
  'III.9',
  'III.10',
  'III.11',
  'III.12',
];
const FUNDING = ['PROVINCIAL_BUDGET', 'CENTRAL_SUPPORT', 'SOCIALISED', 'FOREIGN_NGO_AID', 'OTHER_LAWFUL'];
const DESCRIPTIONS = [
  'Tổ chức Liên hoan nghệ thuật quần chúng các xã, phường, thị trấn chào mừng kỷ niệm ngày thành lập tỉnh',
  'In ấn tài liệu tuyên truyền về xây dựng đời sống văn hóa ở khu dân cư',
  'Thuê âm thanh, ánh sáng và sân khấu cho đêm biểu diễn nghệ thuật truyền thống',
  'Hỗ trợ các câu lạc bộ chèo, ca trù tại cơ sở duy trì sinh hoạt thường xuyên',
  'Bồi dưỡng nghiệp vụ cho cán bộ văn hóa - xã hội cấp xã',
  'Sưu tầm, số hóa tư liệu về di sản văn hóa phi vật thể của tỉnh',
  'Tổ chức giải thể thao người cao tuổi cấp tỉnh',
  'Trang bị sách, báo cho thư viện cơ sở và tủ sách cộng đồng tại các thôn, làng vùng ven biển',
  'Chi phí đi lại, lưu trú cho đoàn nghệ thuật tham gia giao lưu văn hóa ASEAN',
  'Sản xuất phim tài liệu quảng bá du lịch biển Thái Bình',
];

/** 30 lines of varied plan areas, funding sources, descriptions, quantities and unit costs. */
const LINES = Array.from({ length: 30 }, (_, i) => ({
  description: `${DESCRIPTIONS[i % DESCRIPTIONS.length]} (đợt ${Math.floor(i / DESCRIPTIONS.length) + 1})`,
  planArea: PLAN_AREAS[(i * 5) % PLAN_AREAS.length],
  fundingSource: FUNDING[i % FUNDING.length],
  quantity: [1, 2, 3, 5, 12, 40, 150, 1200][i % 8],
  unitCost: [2_500_000, 18_000_000, 450_000, 75_000_000, 1_250_000, 120_000, 9_800_000][i % 7],
}));

describe('Finance reviews and approves a 30-line estimate at 1366×768', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;
  let estimateId = '';
  let api: DemoApi;

  beforeAll(async () => {
    journey = await startJourney({ env: { LOG_LEVEL: 'silent' }, viewport: DESKTOP, timeout: 15_000 });
    ({ stack, page, ui } = journey);
    api = demoApi(stack, DEMO_PASSWORD);
    const submitted = await submitEstimate(api, 'svhttdl.editor', {
      agencyCode: 'SVHTTDL',
      fiscalYear: FISCAL_YEAR,
      titleVi: TITLE,
      lines: LINES,
    });
    estimateId = submitted.id;
    expect(submitted.status).toBe('submitted');
    expect(submitted.lines).toHaveLength(30);
  }, 120_000);
  afterAll(() => journey?.stop());

  const drawerOf = (p: Page) => p.getByTestId('budget-estimate');
  /** The estimate from the budget list, as a user opens it: the menu, the search box, the row's link. */
  const openFromList = async (p: Page, u: ConsolePage, phone = false) => {
    if (phone) {
      await p.getByTestId('open-nav').click();
      await p.getByRole('dialog').getByTestId('nav-budget').click();
    } else await p.getByTestId('nav-budget').click();
    await p.getByTestId('list-table').waitFor();
    await u.search(stamp);
    await u.row(TITLE).getByTestId('open-record').click();
    await drawerOf(p).waitFor();
    await settle(p);
  };
  const noSidewaysScroll = async (p: Page) => {
    const overflow = await horizontalOverflow(p);
    expect(overflow).toBeUndefined();
  };
  /** Left and right edges of a field, scrolled into view (vertically) first. */
  const edges = async (field: Locator) => {
    await field.scrollIntoViewIfNeeded();
    const box = await field.boundingBox();
    if (!box) throw new Error('the field has no box');
    return { left: box.x, right: box.x + box.width };
  };

  it('shows every one of the 30 lines with its approved amount and comment within 1366 px, each row a sane height', async () => {
    await page.goto(stack.url);
    await ui.signIn(demo('stc.reviewer'));
    await openFromList(page, ui);
    const drawer = drawerOf(page);
    const rows = drawer.getByTestId('review-lines').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(30);
    await noSidewaysScroll(page);
    // The drawer's body is the frame the lines show in: a field past its right edge is hidden too.
    const body = await drawer.locator('.ant-drawer-body').boundingBox();
    const frameRight = Math.min(DESKTOP.width, (body?.x ?? 0) + (body?.width ?? DESKTOP.width));
    const problems: string[] = [];
    const planAreaLines: number[] = [];
    for (let i = 0; i < 30; i++) {
      const row = rows.nth(i);
      for (const [name, field] of [
        ['approved amount', row.getByLabel('Số phê duyệt', { exact: true })],
        ['comment', row.getByLabel('Ý kiến', { exact: true })],
      ] as const) {
        const { left, right } = await edges(field);
        if (left < 0 || right > frameRight)
          problems.push(`line ${i + 1}: the ${name} spans ${Math.round(left)}–${Math.round(right)} px`);
      }
      const height = (await row.boundingBox())?.height ?? 0;
      if (height >= 250) problems.push(`line ${i + 1}: ${Math.round(height)} px tall`);
      // The plan area's text: its height in lines of its own line height ("normal" is about 1.2 em).
      const planArea = row.locator('td').nth(2).locator('.ant-typography').first();
      planAreaLines.push(
        await planArea.evaluate((el) => {
          // Runs in the page (this project's types know no DOM).
          const view = globalThis as unknown as {
            getComputedStyle(element: unknown): { lineHeight: string; fontSize: string };
          };
          const style = view.getComputedStyle(el);
          const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
          const box = (
            el as unknown as { getBoundingClientRect(): { height: number } }
          ).getBoundingClientRect();
          return Math.round(box.height / lineHeight);
        }),
      );
    }
    planAreaLines.forEach((lines, i) => {
      if (!Number.isFinite(lines) || lines > 2)
        problems.push(`line ${i + 1}: its plan area takes ${lines} text lines`);
    });
    await noSidewaysScroll(page);
    expect(problems).toEqual([]);
  });

  it('fits a phone in English, the same estimate, without sideways scroll', async () => {
    const phone = await journey.openContext({ viewport: PHONE, lang: 'en' });
    try {
      await phone.page.goto(stack.url);
      await phone.ui.signIn(demo('stc.reviewer'));
      await openFromList(phone.page, phone.ui, true);
      const cards = drawerOf(phone.page).getByTestId('review-line');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(30);
      await noSidewaysScroll(phone.page);
      for (const i of [0, PARTIAL, 29]) {
        const { left, right } = await edges(cards.nth(i).getByLabel('Approved amount', { exact: true }));
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(PHONE.width);
      }
      await noSidewaysScroll(phone.page);
    } finally {
      await phone.context.close();
    }
  });

  it("starts the review: the status reads 'Đang thẩm định', the decisions stay offered, the history says who", async () => {
    const drawer = drawerOf(page);
    await drawer.getByTestId('start-review').click();
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
    await confirm.getByText('Bắt đầu thẩm định dự toán này?', { exact: false }).waitFor();
    await confirm.locator('.ant-btn-primary').click();
    await drawer.getByTestId('estimate-status').filter({ hasText: 'Đang thẩm định' }).waitFor();
    await drawer.getByTestId('start-review').waitFor({ state: 'detached' });
    for (const decision of ['Trả lại', 'Phê duyệt', 'Không phê duyệt'])
      await drawer.getByRole('button', { name: decision, exact: true }).waitFor();

    await drawer.getByTestId('history-tab').click();
    const newest = drawer.getByTestId('history-entry').first();
    await ui.waitForText(newest.getByTestId('change-status'), 'Trạng thái: Đã gửi → Đang thẩm định');
    await ui.waitForText(newest.getByTestId('change-action'), 'Bước xử lý: Bắt đầu thẩm định');
    await ui.waitForText(newest.getByTestId('history-user'), 'stc.reviewer');
    // Below it, Culture's submission.
    await ui.waitForText(
      drawer.getByTestId('history-entry').nth(1).getByTestId('change-status'),
      'Trạng thái: Dự thảo → Đã gửi',
    );
    await noSidewaysScroll(page);
    await drawer.getByRole('tab', { name: 'Các dòng dự toán' }).click();
    await drawer.getByTestId('review-lines').locator('tbody tr.ant-table-row').first().waitFor();

    const stored = await api<{ status: string }>(
      'stc.reviewer',
      'GET',
      `/api/budget/estimates/${estimateId}`,
    );
    expect(stored.status).toBe('under-review');
  });

  it('approves all, cuts one line to 1.000.000 đồng, comments on another and approves the estimate', async () => {
    const drawer = drawerOf(page);
    const rows = drawer.getByTestId('review-lines').locator('tbody tr.ant-table-row');
    await drawer.getByTestId('review-approve-all').click();
    await drawer.getByText('Đã quyết định 30/30 dòng', { exact: true }).waitFor();

    const partial = rows.nth(PARTIAL).getByLabel('Số phê duyệt', { exact: true });
    await partial.scrollIntoViewIfNeeded();
    await partial.fill('1.000.000');
    await partial.press('Tab');
    expect(await partial.inputValue()).toBe('1.000.000');
    await rows.nth(PARTIAL).getByText('Duyệt một phần', { exact: true }).waitFor();

    const comment = rows.nth(COMMENTED).getByLabel('Ý kiến', { exact: true });
    await comment.scrollIntoViewIfNeeded();
    await comment.fill(COMMENT);
    await noSidewaysScroll(page);

    const approve = drawer.getByRole('button', { name: 'Phê duyệt', exact: true });
    await approve.scrollIntoViewIfNeeded();
    await approve.click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByText('Phê duyệt dự toán với các số đã nhập?')
      .waitFor();
    await page.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-primary').click();
    await drawer.getByTestId('estimate-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();
    await noSidewaysScroll(page);

    const stored = await api<{
      status: string;
      approvedAmount: number;
      lines: { id: string; amount: number; approvedAmount: number | null }[];
    }>('stc.reviewer', 'GET', `/api/budget/estimates/${estimateId}`);
    expect(stored.status).toBe('approved');
    expect(stored.lines).toHaveLength(30);
    stored.lines.forEach((line, i) =>
      expect({ line: i + 1, approved: line.approvedAmount }).toEqual({
        line: i + 1,
        approved: i === PARTIAL ? 1_000_000 : line.amount,
      }),
    );
    const requested = stored.lines.reduce((sum, l) => sum + l.amount, 0);
    expect(stored.approvedAmount).toBe(requested - stored.lines[PARTIAL].amount + 1_000_000);
    // The comment of an approval is kept with Finance's decision, in the estimate's versions and reviews.
    const history = await api<{
      reviews: { decision: string; lines: { lineId: string; comment?: string; approvedAmount?: number }[] }[];
    }>('stc.reviewer', 'GET', `/api/budget/estimates/${estimateId}/versions`);
    const approval = history.reviews.find((r) => r.decision === 'approve');
    expect(approval?.lines.find((l) => l.lineId === stored.lines[COMMENTED].id)?.comment).toBe(COMMENT);
  });
});
