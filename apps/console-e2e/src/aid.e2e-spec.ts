import fs from 'node:fs';
import type { Stack } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, startJourney } from './support/journey';
import { settledOverflow } from './support/screen-checks';

/**
 * Foreign Affairs' journey through the aid section, in the built console against the real stack: the
 * editor registers a Korean NGO, logs the approved education project it funds in Tiền Hải with a USD
 * commitment and two disbursements, logs the inbound delegation that came to sign it, finds the totals
 * in the report, and downloads the province's projects as IATI XML.
 */
const stamp = Date.now().toString(36).toUpperCase();
const NGO_NAME = `Korea Green Friends ${stamp}`;
const NGO_LABEL = `${NGO_NAME} (KGF)`;
const CODE = `KGF-${stamp}`;
/** Money is written with no-break spaces, so an amount never wraps: read it with plain ones. */
const text = (value: string | null) => (value ?? '').replace(/\u00a0/g, ' ');
const TITLE_VI = `Nâng cao chất lượng giáo dục tiểu học Tiền Hải ${stamp}`;

describe('Foreign Affairs: NGO aid and delegations', () => {
  let journey: Journey;
  let stack: Stack;
  let page: Page;
  let ui: ConsolePage;

  beforeAll(async () => {
    journey = await startJourney({ acceptDownloads: true });
    ({ stack, page, ui } = journey);
  }, 90_000);
  // A step that failed with a drawer open would otherwise fail every later step too.
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  it('signs in the Foreign Affairs editor, in English', async () => {
    await page.goto(stack.url);
    await page.getByTestId('lang-switch').getByText('English').click();
    await ui.signIn({ username: 'sngv.editor', password: DEMO_PASSWORD });
  });

  it('registers a Korean NGO with its registration certificate and a contact', async () => {
    await ui.openSection('nav-aid', 'Foreign NGOs');
    await ui.openCreateForm('Register NGO');
    await ui.fill('Original name', NGO_NAME);
    await ui.fill('Vietnamese name', `Hội Bạn bè Xanh Hàn Quốc ${stamp}`);
    await ui.fill('Acronym', 'KGF');
    await ui.choose('Country', 'Republic of Korea');
    await ui.choose('Kind', 'International NGO');
    await ui.fill('Certificate number', '215/BNG-ĐK');
    await ui.fill('Issuing body', 'Committee for Foreign NGO Affairs');
    await ui.pickDate('Valid from', '2024-01-01');
    await ui.pickDate('Valid until', '2028-12-31');
    await ui.drawer.getByTestId('ngo-contacts-add').click();
    await ui.fill('Name', 'Park Ji-hoon');
    await ui.fill('Email', 'jihoon@example.org');
    await ui.submitAndWaitForSave();

    await ui.search(`ban be xanh ${stamp}`);
    const row = ui.row(NGO_NAME);
    await row.waitFor();
    expect(await row.textContent()).toContain('Republic of Korea');
    expect(await row.textContent()).not.toContain('ASEAN');
  });

  it('logs the approved education project in Tiền Hải, refusing sector shares that do not add up to 100', async () => {
    await page.getByTestId('aid-tab-projects').click();
    await page.getByRole('heading', { level: 2, name: 'Aid projects' }).waitFor();
    await ui.openCreateForm('Log project');
    await ui.fill('Project code', CODE);
    await ui.choose('Status', 'Approved');
    await ui.fill('Title (Vietnamese)', TITLE_VI);
    await ui.fill('Title (English)', `Better primary education in Tien Hai ${stamp}`);
    await ui.choose('Registered NGO', NGO_LABEL);
    await ui.choose('Sector', '11220 · Primary education');
    const sectorShare = ui.drawer.getByTestId('project-sectors').getByLabel('Percentage', { exact: true });
    await sectorShare.fill('90');
    await ui.choose('District', 'Tien Hai District');
    await ui.fill('Commune', 'Nam Thịnh');
    await ui.fill('Decision number', '1234/QĐ-UBND');
    await ui.pickDate('Decision date', '2025-03-15');
    await ui.fill('Approving authority', "Thai Binh Provincial People's Committee");
    await ui.submit();
    // The shares are checked before anything is sent: the message stands under the sectors.
    await ui.drawer.getByTestId('project-sectors').locator('.ant-form-item-explain-error').first().waitFor();

    await sectorShare.fill('100');
    await ui.submitAndWaitForSave();
    await ui.search(CODE);
    await ui.row(CODE).getByTestId('open-record').click();
    await page.getByTestId('project-page').waitFor();
    await ui.waitForText(page.getByTestId('approval-record'), '1234/QĐ-UBND');
  });

  it('records a USD commitment and two disbursements with their exact đồng equivalents and running totals', async () => {
    // The currency is checked by what follows (the rate is asked for, the preview is in USD), so the
    // choice does not wait for the dropdown to fade out, which under load takes longer than a step.
    const chooseUsd = async () => {
      const input = ui.field('Currency');
      await input.click();
      await input.fill('USD');
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="USD"]')
        .first()
        .click();
    };
    const open = async (type: string) => {
      await page.getByTestId('add-transaction').click();
      await ui.drawer.getByText('Add transaction', { exact: true }).first().waitFor();
      await ui.drawer.getByText(type, { exact: true }).click();
    };
    // A foreign amount without its rate is refused beside the rate field.
    await open('Commitment');
    await ui.pickDate('Transaction date', '2025-03-20');
    await ui.fill('Amount', '120000.00');
    await chooseUsd();
    await ui.submit();
    await ui.fieldMessage('Exchange rate (VND per unit)').first().waitFor();
    await ui.drawer.getByRole('button', { name: 'Cancel' }).click();
    // Typed changes are not thrown away unasked: the user confirms the discard.
    await page.getByTestId('discard-ok').click();
    await page.getByTestId('form-submit').waitFor({ state: 'detached' });

    // `shown`: the amount as the table writes it, grouped, with exactly its stored decimals.
    const add = async (
      type: string,
      date: string,
      amount: string,
      rate: string,
      preview: string,
      shown: string,
    ) => {
      await open(type);
      await ui.pickDate('Transaction date', date);
      await ui.fill('Amount', amount);
      // The form starts in the project's last currency: only the first transaction picks USD.
      if (type === 'Commitment') await chooseUsd();
      await ui.fill('Exchange rate (VND per unit)', rate);
      await ui.waitForText(ui.drawer.getByTestId('dong-preview'), preview);
      await ui.submitAndWaitForSave();
      await ui.waitForText(page.getByTestId('transactions-table'), shown);
    };
    await add('Commitment', '2025-03-20', '120000.00', '25000', 'VND 3,000,000,000', '120,000.00');
    await add('Disbursement', '2025-06-02', '50,000.00', '25,100', 'VND 1,255,000,000', '50,000.00');
    // 30 000.50 × 25 200.5 = 756 027 600.25 → 756 027 600
    await add('Disbursement', '2025-10-01', '30000.50', '25200.5', 'VND 756,027,600', '30,000.50');

    const totals = page.getByTestId('project-totals');
    await ui.waitForText(totals, 'VND 2,011,027,600');
    expect(text(await totals.textContent())).toContain('VND 3,000,000,000');
    expect(text(await totals.textContent())).toContain('67 %');
    const last = page.getByTestId('transactions-table').locator('tbody tr').last();
    await ui.waitForText(last, 'VND 2,011,027,600');
    expect(text(await last.textContent())).toContain('30,000.50 USD');
  });

  it('moves the project into implementation with its actual start, on the version it read', async () => {
    await page.getByTestId('edit-project').click();
    await ui.drawer.getByText(`Edit · ${CODE}`, { exact: true }).first().waitFor();
    await ui.choose('Status', 'Implementation');
    await ui.pickDate('Actual start', '2025-04-01');
    await ui.submitAndWaitForSave();
    await ui.waitForText(page.getByTestId('project-page'), 'Implementation');
    // The totals are the transactions', not part of the edit.
    await ui.waitForText(page.getByTestId('project-totals'), 'VND 2,011,027,600');
  });

  it('logs the inbound Korean delegation that came to sign the project', async () => {
    await page.getByTestId('aid-tab-delegations').click();
    await page.getByRole('heading', { level: 2, name: 'Delegations' }).waitFor();
    await ui.openCreateForm('Log delegation');
    await ui.fill('Delegation name', `KGF delegation signing ${CODE}`);
    await ui.chooseMany('Countries', ['Republic of Korea']);
    await ui.fill('Head of delegation', 'Kim Soo-min');
    await ui.fill('Size', '4');
    await ui.pickDate('Start date', '2025-03-19');
    await ui.pickDate('End date', '2025-03-20');
    await ui.choose('Linked NGO', NGO_LABEL);
    await ui.choose('Linked aid project', `${CODE} · ${TITLE_VI}`);
    await ui.fill('Outcomes', 'Project agreement signed');
    await ui.submitAndWaitForSave();
    await ui.search(CODE);
    const row = ui.row(`KGF delegation signing ${CODE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Inbound');
  });

  it("shows the delegation on the month's calendar and the NGO's page with its project and delegation", async () => {
    await page.getByTestId('aid-tab-calendar').click();
    await page.getByTestId('delegation-calendar').waitFor();
    await page.goto(`${stack.url}/aid/calendar?month=2025-03`);
    await ui.waitForText(page.getByTestId('delegation-calendar'), `KGF delegation signing ${CODE}`);

    await page.getByTestId('aid-tab-ngos').click();
    await page.getByRole('heading', { level: 2, name: 'Foreign NGOs' }).waitFor();
    await ui.search(`ban be xanh ${stamp}`);
    await ui.row(NGO_NAME).getByTestId('open-record').click();
    const ngoPage = page.getByTestId('ngo-page');
    await ui.waitForText(ngoPage, CODE);
    await ui.waitForText(ngoPage, `KGF delegation signing ${CODE}`);
    expect(await ngoPage.textContent()).toContain('Park Ji-hoon');
  });

  it('sees the totals in the report, for Korean donors and in Tiền Hải', async () => {
    await page.getByTestId('aid-tab-reports').click();
    await page.getByRole('heading', { level: 2, name: 'Aid and delegation reports' }).waitFor();
    await page.goto(`${stack.url}/aid/reports?groupBy=country,district&yearFrom=2025&donorCountryCode=KR`);
    const table = page.getByTestId('aid-report-table');
    const row = table.locator('tbody tr', { hasText: 'Tien Hai District' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Republic of Korea');
    await ui.waitForText(page.getByTestId('report-total-committed'), 'VND 3,000,000,000');
    expect(text(await page.getByTestId('report-total-disbursed').textContent())).toBe('VND 2,011,027,600');
    await ui.waitForText(page.getByTestId('delegation-report-table'), 'Republic of Korea');
  });

  it('downloads the projects as IATI 2.03 XML', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-iati').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^iati-activities-.*\.xml$/);
    const xml = fs.readFileSync(await download.path(), 'utf8');
    expect(xml).toContain('<iati-activities version="2.03"');
    expect(xml).toContain(`<iati-identifier>VN-TB-SNGV-${CODE}</iati-identifier>`);
    expect(xml).toContain('<value currency="USD" value-date="2025-10-01">30000.50</value>');
    expect(xml).toContain('<sector vocabulary="1" code="11220" percentage="100">');
  });

  it('corrects a disbursement by a reversing entry with a reason, and the totals follow', async () => {
    await page.goto(`${stack.url}/aid/projects`);
    await ui.search(CODE);
    await ui.row(CODE).getByTestId('open-record').click();
    const table = page.getByTestId('transactions-table');
    const row = (amount: string) => table.locator('tbody tr', { hasText: amount });
    await row('50,000.00 USD').getByTestId('tx-correct').click();
    await ui.drawer.getByText('Correct the transaction of 02/06/2025', { exact: true }).first().waitFor();
    // The fields start as recorded; the reason is required, said beside it.
    expect(await ui.field('Exchange rate (VND per unit)').inputValue()).toMatch(/^25,?100$/);
    await ui.fill('Exchange rate (VND per unit)', '25000');
    await ui.waitForText(ui.drawer.getByTestId('dong-preview'), 'VND 1,250,000,000');
    await ui.submit();
    await ui.fieldMessage('Reason for the correction').first().waitFor();
    await ui.fill('Reason for the correction', 'Wrong exchange rate on the bank advice');
    await ui.submitAndWaitForSave();

    // 2 011 027 600 − 1 255 000 000 + 1 250 000 000
    await ui.waitForText(page.getByTestId('project-totals'), 'VND 2,006,027,600');
    await ui.waitForText(table, '-50,000.00 USD');
    await ui.waitForText(table, 'VND -1,255,000,000');
    await ui.waitForText(table, 'Reverses the transaction of 02/06/2025');
    const reversed = table.locator('tbody tr', { has: page.getByTestId('tx-reversed') });
    expect(text(await reversed.textContent())).toContain('VND 1,255,000,000');
    // Neither the reversed original nor its reversal can be reversed again.
    expect(await reversed.getByTestId('tx-correct').count()).toBe(0);
    const reversal = table.locator('tbody tr', { has: page.getByTestId('tx-reverses') });
    expect(await reversal.getByTestId('tx-void').count()).toBe(0);
    const last = table.locator('tbody tr').last();
    await ui.waitForText(last, 'VND 2,006,027,600');
  });

  it('voids the commitment after a confirmation, and the history shows the corrections', async () => {
    const table = page.getByTestId('transactions-table');
    await table.locator('tbody tr', { hasText: '120,000.00 USD' }).getByTestId('tx-void').click();
    await ui.drawer.getByText('Void the transaction of 20/03/2025', { exact: true }).first().waitFor();
    await ui.fill('Reason for the correction', 'The donor withdrew this commitment');
    await page.getByTestId('form-submit').click();
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
    await ui.waitForText(confirm, 'Void this transaction?');
    await confirm.getByRole('button', { name: 'Void' }).click();
    await page.getByTestId('form-submit').waitFor({ state: 'detached' });

    const totals = page.getByTestId('project-totals');
    await ui.waitForText(totals, 'VND 0');
    expect(text(await totals.textContent())).toContain('VND 2,006,027,600');
    await ui.waitForText(table, '-120,000.00 USD');
    await ui.waitForText(page.getByTestId('history'), 'The donor withdrew this commitment');
    expect(await page.getByTestId('history').textContent()).toContain(
      'Wrong exchange rate on the bank advice',
    );
  });

  it('fits the transactions and the correction form at 1366×768 and on a phone, in Vietnamese too', async () => {
    await page.getByTestId('lang-switch').getByText('Tiếng Việt').click();
    const table = page.getByTestId('transactions-table');
    await ui.waitForText(table, 'Điều chỉnh của giao dịch ngày 02/06/2025');
    await ui.waitForText(table, 'Đã điều chỉnh');
    try {
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        expect({ viewport, overflow: await settledOverflow(page) }).toEqual({
          viewport,
          overflow: undefined,
        });
        // The corrected entry is the one transaction still open to a correction.
        await table.getByTestId('tx-correct').first().click();
        await ui.drawer.getByText('Sửa (bút toán điều chỉnh)', { exact: true }).first().waitFor();
        expect({ viewport, overflow: await settledOverflow(page) }).toEqual({
          viewport,
          overflow: undefined,
        });
        expect(await page.getByTestId('form-submit').isVisible()).toBe(true);
        await ui.drawer.getByRole('button', { name: 'Hủy', exact: true }).click();
        await page.getByTestId('form-submit').waitFor({ state: 'detached' });
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByTestId('lang-switch').getByText('English').click();
    }
  });

  it("sees the corrected totals in the aid service's report", async () => {
    await page.goto(`${stack.url}/aid/reports?groupBy=country,district&yearFrom=2025&donorCountryCode=KR`);
    await page.getByTestId('aid-report-table').locator('tbody tr').first().waitFor();
    // This journey's project is the only Korean one from 2025 on; its reversals are dated today.
    await ui.waitForText(page.getByTestId('report-total-disbursed'), 'VND 2,006,027,600');
    expect(text(await page.getByTestId('report-total-committed').textContent())).toBe('VND 0');
  });

  it("sees the corrections on the plan's dashboard, where the coordinator reads the whole plan", async () => {
    // This stack holds no aid but this journey's project, so the whole plan's aid is its totals: the
    // voided commitment nets to nothing and the disbursements to the corrected 2 006 027 600 đồng,
    // once the read model has taken in the reversing entries' events.
    await ui.signOut();
    await ui.signIn({ username: 'sldtbxh.coordinator', password: DEMO_PASSWORD });
    const card = page.getByTestId('figure-aid');
    for (let attempt = 0; attempt < 30; attempt++) {
      await page.goto(stack.url);
      await card.getByTestId('figure-value').waitFor();
      if (text(await card.textContent()).includes('VND 2,006,027,600')) break;
      await page.waitForTimeout(1000);
    }
    expect(text(await card.getByTestId('figure-value').textContent())).toBe('VND 0');
    expect(text(await card.textContent())).toContain('VND 2,006,027,600');
  });
});
