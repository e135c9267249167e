import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  BUDGET_SUBJECTS as S,
  type BudgetEstimate,
  type Consolidation,
  type FileDownload,
  sumDong,
} from '@ascc/contracts';
import {
  ESTIMATE_AGENCIES,
  type EstimateCase,
  LINE_FUNDING_SOURCES,
  LINE_PLAN_AREAS,
  type ServiceHarness,
  TEST_CALLERS,
  approvedOf,
  estimateCase,
  lineAmountsOf,
  reportedEstimateCases,
  startServiceHarness,
  testDatabaseKinds,
} from '@ascc/testing';
import { AppModule } from '../../app.module';

const finance = TEST_CALLERS.financeReviewer;

/**
 * A year's consolidation is exact to the last đồng at any size, on SQLite and PostgreSQL: ten approved
 * estimates of 200 lines near 10^15 each (the reported case, 9 999 999 999 999 989 đồng, which came
 * out as …990) and random estimates (fast-check) consolidate to the exact bigint sums — per row, per
 * year — and the workbook writes the year's total with every digit.
 */
describe.each(testDatabaseKinds())('exact consolidation totals (%s)', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('budget', AppModule, kind);
  }, 60_000);
  afterAll(() => svc?.stop());

  /** Records and approves one estimate per case for the year; answers the exact sums expected. */
  async function approveYear(fiscalYear: number, cases: EstimateCase[]) {
    const rows = new Map<string, { requested: bigint; approved: bigint }>();
    for (const [i, c] of cases.entries()) {
      const lines = lineAmountsOf(c).map((amount, j) => ({
        description: `Nhiệm vụ ${j + 1}`,
        planArea: LINE_PLAN_AREAS[j % LINE_PLAN_AREAS.length],
        fundingSource: LINE_FUNDING_SOURCES[j % LINE_FUNDING_SOURCES.length],
        quantity: 1,
        unitCost: amount,
      }));
      const draft = await svc.request<BudgetEstimate>(S.estimateCreate, {
        agencyCode: ESTIMATE_AGENCIES[i],
        fiscalYear,
        titleVi: `Dự toán năm ${fiscalYear}`,
        lines,
      });
      expect(draft.requestedAmount).toBe(c.total);
      const submitted = await svc.request<BudgetEstimate>(S.estimateSubmit, {
        id: draft.id,
        version: draft.version,
      });
      const approved = await svc.request<BudgetEstimate>(
        S.estimateReview,
        {
          id: draft.id,
          version: submitted.version,
          decision: 'approve',
          lines: draft.lines.map((l) => ({ lineId: l.id, approvedAmount: approvedOf(c, l.amount) })),
        },
        finance,
      );
      expect(approved.status).toBe('approved');
      for (const l of approved.lines) {
        const key = `${ESTIMATE_AGENCIES[i]}|${l.planArea}|${l.fundingSource}`;
        const row = rows.get(key) ?? { requested: 0n, approved: 0n };
        row.requested += BigInt(l.amount);
        row.approved += BigInt(l.approvedAmount ?? 0);
        rows.set(key, row);
      }
    }
    return rows;
  }

  /** The consolidation's answer against the exact sums: every row, and the year's totals. */
  async function expectExact(
    fiscalYear: number,
    expected: Map<string, { requested: bigint; approved: bigint }>,
  ) {
    const c = await svc.request<Consolidation>(S.consolidationGet, { fiscalYear }, finance);
    const got = Object.fromEntries(
      c.rows.map((r) => [`${r.agencyCode}|${r.planArea}|${r.fundingSource}`, [r.requested, r.approved]]),
    );
    const want = Object.fromEntries(
      [...expected].map(([key, r]) => [key, [r.requested.toString(), r.approved.toString()]]),
    );
    expect(got).toEqual(want);
    const values = [...expected.values()];
    expect(c.totals).toEqual({
      requested: sumDong(values.map((r) => r.requested)),
      approved: sumDong(values.map((r) => r.approved)),
    });
    return c;
  }

  it('consolidates the ten estimates of 200 lines near 10^15 to 9 999 999 999 999 989 đồng exactly', async () => {
    const year = 2026;
    const expected = await approveYear(year, reportedEstimateCases());
    const c = await expectExact(year, expected);
    expect(c.totals).toEqual({ requested: '9999999999999989', approved: '9999999999999989' });
    expect(c.estimates).toEqual({ approved: 10, pending: 0 });

    const file = await svc.request<FileDownload>(
      S.consolidationExport,
      { fiscalYear: year, format: 'xlsx' },
      finance,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = book.worksheets[0];
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    // Past 10^15 a number cell would keep 15 digits: the total is written as its exact digits.
    expect([total.getCell(5).value, total.getCell(6).value]).toEqual([
      '9,999,999,999,999,989',
      '9,999,999,999,999,989',
    ]);
  }, 60_000);

  it('consolidates random estimates (amounts up to 10^15, partly approved) to the exact sums', async () => {
    let year = 2027;
    await fc.assert(
      fc.asyncProperty(fc.array(estimateCase, { minLength: 1, maxLength: 4 }), async (cases) => {
        const fiscalYear = year++;
        await expectExact(fiscalYear, await approveYear(fiscalYear, cases));
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 60_000);
});
