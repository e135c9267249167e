import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { JSONCodec, type NatsConnection, StorageType, connect } from 'nats';
import {
  AID_EVENTS,
  type AreaFigures,
  BUDGET_EVENTS,
  type Dashboard,
  type EventData,
  MAX_AMOUNT,
  type PlanRecordPage,
  REPORTING_SUBJECTS as S,
  type YearlyReport,
  splitByWeights,
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
  waitFor,
} from '@ascc/testing';
import { AppModule } from '../app.module';

const coordinator = TEST_CALLERS.coordinator;
type Approval = EventData<typeof BUDGET_EVENTS.estimateApproved>;
type Transaction = EventData<typeof AID_EVENTS.transactionRecorded>;

/** An approved estimate's event, as the budget service writes it, for an estimate case's lines. */
function approval(
  c: EstimateCase,
  agencyCode: (typeof ESTIMATE_AGENCIES)[number],
  fiscalYear: number,
): Approval {
  const lines = lineAmountsOf(c).map((amount, j) => ({
    lineId: randomUUID(),
    description: `Nhiệm vụ ${j + 1}`,
    planArea: LINE_PLAN_AREAS[j % LINE_PLAN_AREAS.length],
    fundingSource: LINE_FUNDING_SOURCES[j % LINE_FUNDING_SOURCES.length],
    requestedAmount: amount,
    approvedAmount: approvedOf(c, amount),
  }));
  return {
    estimateId: randomUUID(),
    agencyCode,
    fiscalYear,
    versionNo: 1,
    requestedAmount: c.total,
    approvedAmount: Number(sumDong(lines.map((l) => l.approvedAmount))),
    approvedAt: new Date().toISOString(),
    lines,
  };
}

/** Exact sums of approvals' lines, grouped by `key` (every line: one group '*'). */
function budgetSums(
  approvals: Approval[],
  key: (a: Approval, l: NonNullable<Approval['lines']>[number]) => string,
) {
  const sums = new Map<string, { requested: bigint; approved: bigint }>();
  for (const a of approvals)
    for (const l of a.lines ?? []) {
      const k = key(a, l);
      const s = sums.get(k) ?? { requested: 0n, approved: 0n };
      s.requested += BigInt(l.requestedAmount);
      s.approved += BigInt(l.approvedAmount);
      sums.set(k, s);
    }
  return Object.fromEntries(
    [...sums].map(([k, s]) => [k, { requested: s.requested.toString(), approved: s.approved.toString() }]),
  );
}

/** Percentages of a project: 1–4 shares of at least 1, adding up to 100. */
const percentages = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }).map((w) => {
  const shares = splitByWeights(100 - w.length, w).map((p) => Number(p) + 1);
  return shares;
});
const SECTORS = [
  { code: '15110', planArea: 'III.10' },
  { code: '11220', planArea: 'III.3' },
  { code: '12220', planArea: 'III.4' },
  { code: '16061', planArea: 'III.5' },
] as const;
const DISTRICTS = ['H-VUTHU', 'H-TIENHAI', 'H-KIENXUONG', 'TP-THAIBINH'] as const;

function transaction(
  year: number,
  type: 'commitment' | 'disbursement',
  dongAmount: number,
  sectorShares: number[],
  locationShares: number[],
  transactionId: string = randomUUID(),
): Transaction {
  return {
    transactionId,
    projectId: randomUUID(),
    projectCode: `DA-${year}`,
    projectTitleVi: 'Dự án viện trợ',
    agencyCode: 'SNGV',
    type,
    date: `${year}-06-30`,
    year,
    dongAmount,
    donorCountryCode: 'KR',
    asean: false,
    sectors: sectorShares.map((percentage, i) => ({ ...SECTORS[i], percentage })),
    locations: locationShares.map((percentage, i) => ({ districtCode: DISTRICTS[i], percentage })),
  };
}

/**
 * The read model's money is exact at any size, on SQLite and PostgreSQL: the ten approved estimates of
 * 200 lines near 10^15 (9 999 999 999 999 989 đồng, shown …988 before) and random approvals (fast-check)
 * sum to the exact bigint totals on the dashboard (whole plan, year, splits), the records behind them
 * and the plan areas; an aid transaction of 10^15 đồng (whose đồng × % × % left SQLite's 64-bit range,
 * a 500 for every dashboard) and random transactions with reversals give exact figures.
 */
describe.each(testDatabaseKinds())('exact money in the read model (%s)', (kind) => {
  let svc: ServiceHarness;
  let nc: NatsConnection;
  let published = 0;

  const dashboard = (query: object = {}) => svc.request<Dashboard>(S.dashboardGet, query, coordinator);
  const records = (query: object) => svc.request<PlanRecordPage>(S.recordList, query, coordinator);
  const area = (query: object) => svc.request<AreaFigures>(S.areaGet, query, coordinator);

  /** Publishes events as their services would, and waits until the read model has applied them all. */
  async function publish(events: { subject: string; data: unknown }[]) {
    const js = nc.jetstream();
    for (const { subject, data } of events)
      await js.publish(
        subject,
        JSONCodec().encode({ eventId: randomUUID(), subject, occurredAt: new Date().toISOString(), data }),
      );
    published += events.length;
    await waitFor(
      async () => (await dashboard()).eventsApplied === published,
      `${published} events to be applied`,
      30_000,
    );
  }
  const approvals = (list: Approval[]) =>
    publish(list.map((data) => ({ subject: BUDGET_EVENTS.estimateApproved.subject, data })));
  const transactions = (list: Transaction[]) =>
    publish(list.map((data) => ({ subject: AID_EVENTS.transactionRecorded.subject, data })));

  /** A year's budget figures against the exact sums of its approvals: dashboard, splits, records, areas. */
  async function expectBudgetExact(year: number, list: Approval[]) {
    const total = budgetSums(list, () => '*')['*'];
    const d = await dashboard({ year });
    expect({ requested: d.budget.requested, approved: d.budget.approved }).toEqual(total);
    expect(d.budget.estimates).toBe(list.length);
    expect(
      Object.fromEntries(
        d.budget.byAgency.map((r) => [r.agencyCode, { requested: r.requested, approved: r.approved }]),
      ),
    ).toEqual(budgetSums(list, (a) => a.agencyCode));
    expect(
      Object.fromEntries(
        d.budget.byFundingSource.map((r) => [
          r.fundingSource,
          { requested: r.requested, approved: r.approved },
        ]),
      ),
    ).toEqual(budgetSums(list, (_, l) => l.fundingSource));
    const lines = await records({ kind: 'budget-line', year });
    expect(lines.totals).toEqual(total);
    const byArea = budgetSums(list, (_, l) => l.planArea);
    for (const code of LINE_PLAN_AREAS) {
      const a = await area({ code, year });
      expect({ code, requested: a.budget.requested, approved: a.budget.approved }).toEqual({
        code,
        ...(byArea[code] ?? { requested: '0', approved: '0' }),
      });
      expect(a.byYear.find((y) => y.year === year)?.approved ?? '0').toBe(byArea[code]?.approved ?? '0');
    }
  }

  /** A year's aid figures against the exact sums of its transactions' đồng. */
  async function expectAidExact(year: number, list: Transaction[]) {
    const of = (type: string) => sumDong(list.filter((t) => t.type === type).map((t) => t.dongAmount));
    const d = await dashboard({ year });
    expect({ committed: d.aid.committed, disbursed: d.aid.disbursed }).toEqual({
      committed: of('commitment'),
      disbursed: of('disbursement'),
    });
    // The splits are of the same whole đồng: they add up to the figure exactly.
    expect(sumDong(d.aid.bySector.map((s) => s.committed))).toBe(d.aid.committed);
    expect(sumDong(d.aid.bySector.map((s) => s.disbursed))).toBe(d.aid.disbursed);
    expect(sumDong(d.aid.byCountry.map((s) => s.disbursed))).toBe(d.aid.disbursed);
    const projects = await records({ kind: 'aid-project', year });
    expect(projects.totals).toMatchObject({ committed: d.aid.committed, disbursed: d.aid.disbursed });
    for (const sector of d.aid.bySector) {
      const r = await records({ kind: 'aid-project', year, sectorCode: sector.sectorCode });
      expect([sector.sectorCode, r.totals.committed, r.totals.disbursed]).toEqual([
        sector.sectorCode,
        sector.committed,
        sector.disbursed,
      ]);
      const a = await area({ code: SECTORS.find((s) => s.code === sector.sectorCode)?.planArea, year });
      expect(a.aid.disbursed).toBe(sector.disbursed);
    }
  }

  beforeAll(async () => {
    svc = await startServiceHarness('reporting', AppModule, kind);
    nc = await connect({ servers: process.env.NATS_SERVERS });
    const jsm = await nc.jetstreamManager();
    for (const events of [BUDGET_EVENTS, AID_EVENTS]) {
      const contracts = Object.values(events);
      await jsm.streams.add({
        name: contracts[0].stream,
        subjects: contracts.map((c) => c.subject),
        storage: StorageType.File,
      });
    }
  }, 60_000);
  afterAll(async () => {
    await nc?.close();
    await svc?.stop();
  });

  it('has committed migrations that match the entities (aid facts by whole-đồng amount)', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('sums the ten approved estimates of 200 lines near 10^15 to 9 999 999 999 999 989 đồng', async () => {
    const year = 2026;
    const list = reportedEstimateCases().map((c, i) => approval(c, ESTIMATE_AGENCIES[i], year));
    await approvals(list);
    await expectBudgetExact(year, list);
    const d = await dashboard({ year });
    expect([d.budget.requested, d.budget.approved]).toEqual(['9999999999999989', '9999999999999989']);
    expect((await dashboard()).budget.approved).toBe('9999999999999989');
    // A yearly report takes the agency's figures from the same exact sums.
    const report = await svc.request<YearlyReport>(
      S.reportCreate,
      { agencyCode: 'SVHTTDL', year, planArea: 'III.5' },
      TEST_CALLERS.cultureEditor,
    );
    expect(report.figures.budgetApproved).toBe(
      budgetSums(list, (a, l) => `${a.agencyCode}|${l.planArea}`)['SVHTTDL|III.5'].approved,
    );
  }, 60_000);

  it('sums random approved estimates (amounts up to 10^15, partly approved) exactly', async () => {
    let year = 2027;
    await fc.assert(
      fc.asyncProperty(fc.array(estimateCase, { minLength: 1, maxLength: 5 }), async (cases) => {
        const fiscalYear = year++;
        const list = cases.map((c, i) => approval(c, ESTIMATE_AGENCIES[i], fiscalYear));
        await approvals(list);
        await expectBudgetExact(fiscalYear, list);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 60_000);

  it('answers every dashboard after an aid transaction of 10^15 đồng, with exact figures', async () => {
    const year = 2040;
    const list = [
      transaction(year, 'commitment', MAX_AMOUNT, [100], [100]),
      transaction(year, 'disbursement', MAX_AMOUNT, [33, 33, 34], [50, 25, 25]),
      transaction(year, 'disbursement', MAX_AMOUNT - 1, [60, 40], [70, 30]),
    ];
    await transactions(list);
    await expectAidExact(year, list);
    // The whole plan and a phase answer too (before: a 500 for every user past 2^63 in SQLite).
    expect((await dashboard()).aid.committed).toBe(String(MAX_AMOUNT));
    expect((await dashboard({ phase: 'P2' })).aid.committed).toBe('0');
    // A reversing entry cancels its original part by part.
    const reversal = { ...list[1], transactionId: randomUUID(), dongAmount: -MAX_AMOUNT };
    await transactions([reversal]);
    await expectAidExact(year, [...list, reversal]);
    expect((await dashboard({ year })).aid.disbursed).toBe(String(MAX_AMOUNT - 1));
  }, 60_000);

  it('sums random aid transactions and reversals, split over sectors × locations, exactly', async () => {
    let year = 2041;
    const amount = fc.oneof(
      fc.constantFrom(MAX_AMOUNT, MAX_AMOUNT - 1, 1),
      fc.integer({ min: 0, max: MAX_AMOUNT }),
      fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT }),
    );
    const tx = fc.record({
      type: fc.constantFrom('commitment' as const, 'disbursement' as const),
      amount,
      sectors: percentages,
      locations: percentages,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tx, { minLength: 1, maxLength: 6 }), async (drawn) => {
        const y = year++;
        const list = drawn.map((t) => transaction(y, t.type, t.amount, t.sectors, t.locations));
        await transactions(list);
        await expectAidExact(y, list);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 60_000);
});
