import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { JSONCodec, connect } from 'nats';
import {
  AID_EVENTS,
  type AreaFigures,
  type AuditEntry,
  type Delegation,
  type DelegationReport,
  type PlanRecordPage,
  type RebuildResult,
} from '@ascc/contracts';
import { REPO_ROOT, type Stack, testDatabaseKinds, waitFor } from '@ascc/testing';
import { type SeededProvince, startSeededProvince } from './seeded-province';

/**
 * Every figure of the dashboard and of the plan areas opens the records behind it: on the seeded
 * province, the totals of those records (summed over all of them in SQL) equal the figure, for the
 * whole plan, a phase and a year, and for each split. Delegations in the read model equal the aid
 * service's own report. And `npm run reporting:rebuild` rebuilds a running installation's read model
 * to the same figures.
 */
const COORDINATOR = 'sldtbxh.coordinator';

describe.each(testDatabaseKinds())('records behind the figures on the seeded province (%s)', (database) => {
  let stack: Stack;
  let province: SeededProvince;
  let get: SeededProvince['get'];
  let dashboard: SeededProvince['dashboard'];
  let caughtUp: SeededProvince['caughtUp'];
  const records = async (query: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    // The coordinator's grants reach every agency: the records are the figures' whole.
    const res = await get<PlanRecordPage>(COORDINATOR, `/api/reporting/records?${params}`);
    expect({ query, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
      query,
      status: 200,
      body: 'ok',
    });
    return res.body;
  };
  /** The delegations as the aid service has them (every page). */
  const aidDelegations = async () => {
    const all: Delegation[] = [];
    for (let page = 1; ; page++) {
      const res = await get<{ items: Delegation[]; total: number }>(
        'admin',
        `/api/aid/delegations?pageSize=100&page=${page}`,
      );
      all.push(...res.body.items);
      if (all.length >= res.body.total || !res.body.items.length) return all;
    }
  };

  beforeAll(async () => {
    province = await startSeededProvince(database, ['admin', 'snv.viewer', 'stc.reviewer']);
    ({ stack, get, dashboard, caughtUp } = province);
    // The aid service announces its seeded delegations itself (aid.delegation.recorded).
    expect((await dashboard()).delegations?.delegations).toBeGreaterThan(0);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('gives every dashboard figure as the totals of its records: whole plan, a phase, a year', async () => {
    for (const period of [{}, { phase: 'P1' }, { phase: 'P2' }, { year: 2024 }] as const) {
      const query = new URLSearchParams(period as Record<string, string>).toString();
      const d = await dashboard(query ? `?${query}` : '');
      const course = await records({ kind: 'course', ...period });
      expect({ period, trained: course.totals.trained, courses: course.total }).toEqual({
        period,
        trained: d.training.trained,
        courses: d.training.courses,
      });
      expect([course.totals.completed, course.totals.communeTrained]).toEqual([
        d.training.completed,
        d.training.communeTrained,
      ]);
      const event = await records({ kind: 'event', ...period });
      expect({ period, events: event.total, audience: event.totals.audience }).toEqual({
        period,
        events: d.culture.events,
        audience: d.culture.audience,
      });
      const aid = await records({ kind: 'aid-project', ...period });
      expect({ period, committed: aid.totals.committed, disbursed: aid.totals.disbursed }).toEqual({
        period,
        committed: d.aid.committed,
        disbursed: d.aid.disbursed,
      });
      const delegation = await records({ kind: 'delegation', ...period });
      expect({ period, delegations: delegation.total, members: delegation.totals.members }).toEqual({
        period,
        delegations: d.delegations?.delegations,
        members: d.delegations?.members,
      });
      expect((await records({ kind: 'delegation', type: 'inbound', ...period })).total).toBe(
        d.delegations?.inbound,
      );
      const budget = await records({ kind: 'budget-line', ...period });
      expect({ period, requested: budget.totals.requested, approved: budget.totals.approved }).toEqual({
        period,
        requested: d.budget.requested,
        approved: d.budget.approved,
      });
    }
    const all = await dashboard();
    expect(all.training.trained).toBeGreaterThan(0);
    expect(all.culture.events).toBeGreaterThan(0);
    expect(BigInt(all.aid.disbursed)).toBeGreaterThan(0n);
    expect(all.delegations?.delegations).toBeGreaterThan(0);
    expect(BigInt(all.budget.approved)).toBeGreaterThan(0n);
  });

  it('gives every split of the dashboard as the totals of its records', async () => {
    const period = { phase: 'P2' } as const;
    const d = await dashboard('?phase=P2');
    expect(d.training.byLevel.length).toBeGreaterThan(1);
    for (const level of d.training.byLevel) {
      const r = await records({ kind: 'course', level: level.level, ...period });
      expect([level.level, r.total, r.totals.trained]).toEqual([level.level, level.courses, level.trained]);
    }
    expect(d.culture.byCountry.length).toBeGreaterThan(0);
    for (const country of d.culture.byCountry) {
      const r = await records({ kind: 'event', countryCode: country.countryCode, ...period });
      expect([country.countryCode, r.total]).toEqual([country.countryCode, country.events]);
      expect(r.items.every((i) => i.figures.countries?.includes(country.countryCode))).toBe(true);
    }
    for (const type of d.culture.byType) {
      const r = await records({ kind: 'event', type: type.type, ...period });
      expect([type.type, r.total, r.totals.audience]).toEqual([type.type, type.events, type.audience]);
    }
    for (const country of d.aid.byCountry.filter((c) => c.countryCode)) {
      const r = await records({
        kind: 'aid-project',
        countryCode: country.countryCode ?? undefined,
        ...period,
      });
      expect([country.countryCode, r.totals.committed, r.totals.disbursed]).toEqual([
        country.countryCode,
        country.committed,
        country.disbursed,
      ]);
    }
    expect(d.aid.bySector.length).toBeGreaterThan(1);
    for (const sector of d.aid.bySector) {
      const r = await records({ kind: 'aid-project', sectorCode: sector.sectorCode, ...period });
      expect([sector.sectorCode, r.totals.committed, r.totals.disbursed]).toEqual([
        sector.sectorCode,
        sector.committed,
        sector.disbursed,
      ]);
    }
    for (const country of d.delegations?.byCountry ?? []) {
      const r = await records({ kind: 'delegation', countryCode: country.countryCode, ...period });
      expect([country.countryCode, r.total]).toEqual([country.countryCode, country.delegations]);
    }
    expect(d.budget.byAgency.length).toBeGreaterThan(1);
    for (const agency of d.budget.byAgency) {
      const r = await records({ kind: 'budget-line', agencyCode: agency.agencyCode, ...period });
      expect([agency.agencyCode, r.totals.requested, r.totals.approved]).toEqual([
        agency.agencyCode,
        agency.requested,
        agency.approved,
      ]);
    }
    expect(d.budget.byFundingSource.length).toBeGreaterThan(1);
    for (const source of d.budget.byFundingSource) {
      const r = await records({ kind: 'budget-line', fundingSource: source.fundingSource, ...period });
      expect([source.fundingSource, r.totals.requested, r.totals.approved]).toEqual([
        source.fundingSource,
        source.requested,
        source.approved,
      ]);
    }
  });

  it("gives each plan area's figures as the totals of its records", async () => {
    let seen = 0;
    for (const code of ['III.3', 'III.5', 'III.8', 'III.9', 'III.10']) {
      for (const period of [{}, { year: 2022 }] as const) {
        const query = new URLSearchParams(period as Record<string, string>).toString();
        const area = (
          await get<AreaFigures>('snv.viewer', `/api/reporting/areas/${code}${query ? `?${query}` : ''}`)
        ).body;
        const filter = { planArea: code, ...period };
        const course = await records({ kind: 'course', ...filter });
        const event = await records({ kind: 'event', ...filter });
        const aid = await records({ kind: 'aid-project', ...filter });
        const delegation = await records({ kind: 'delegation', ...filter });
        const budget = await records({ kind: 'budget-line', ...filter });
        expect({
          code,
          period,
          training: {
            courses: course.total,
            trained: course.totals.trained,
            completed: course.totals.completed,
          },
          culture: { events: event.total, audience: event.totals.audience },
          aid: { projects: aid.total, committed: aid.totals.committed, disbursed: aid.totals.disbursed },
          delegations: { delegations: delegation.total, members: delegation.totals.members },
          budget: {
            lines: budget.total,
            requested: budget.totals.requested,
            approved: budget.totals.approved,
          },
        }).toEqual({
          code,
          period,
          training: area.training,
          culture: area.culture,
          aid: area.aid,
          delegations: area.delegations,
          budget: area.budget,
        });
        seen += course.total + event.total + aid.total + delegation.total + budget.total;
        for (const year of area.byYear) {
          const perYear = await records({ kind: 'delegation', planArea: code, year: year.year });
          expect([code, year.year, perYear.total]).toEqual([code, year.year, year.delegations]);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
    // An aid project's records in an area: the project's sectors in that area only.
    const iii9 = await records({ kind: 'aid-project', planArea: 'III.9' });
    expect(iii9.items.every((i) => i.year === null && i.planArea === 'III.9')).toBe(true);
  });

  it("counts delegations as the aid service's own report does, by year, country and direction", async () => {
    const report = (await get<DelegationReport>('admin', '/api/aid/reports/delegations')).body;
    expect(report.rows.length).toBeGreaterThan(3);
    for (const row of report.rows) {
      const r = await records({
        kind: 'delegation',
        year: row.year,
        countryCode: row.countryCode,
        type: row.direction,
      });
      expect([row.year, row.countryCode, row.direction, r.total]).toEqual([
        row.year,
        row.countryCode,
        row.direction,
        row.delegations,
      ]);
    }
    // The seeded delegations name one country each, so the report's rows add up to the count by year
    // and direction.
    const years = [...new Set(report.rows.map((r) => r.year))];
    for (const year of years) {
      for (const direction of ['inbound', 'outbound'] as const) {
        const expected = report.rows
          .filter((r) => r.year === year && r.direction === direction)
          .reduce((sum, r) => sum + r.delegations, 0);
        const d = await dashboard(`?year=${year}`);
        expect([year, direction, d.delegations?.[direction]]).toEqual([year, direction, expected]);
      }
    }
    // Titles: as the delegation records have them.
    const byId = new Map((await aidDelegations()).map((d) => [d.id, d]));
    const page = await records({ kind: 'delegation', pageSize: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      const source = byId.get(item.id);
      expect([item.id, item.title, item.figures.members, item.figures.countries]).toEqual([
        item.id,
        source?.title,
        source?.size,
        [...(source?.countryCodes ?? [])].sort(),
      ]);
    }
  });

  it('lists titles where the events carried them, and links a budget line to its estimate', async () => {
    const courses = await records({ kind: 'course', pageSize: 100, sort: 'title', order: 'asc' });
    for (const item of courses.items.filter((i) => i.title !== null)) {
      const course = await get<{ titleVi: string; code: string }>(
        'admin',
        `/api/training/courses/${item.recordId}`,
      );
      expect([item.title, item.code]).toEqual([course.body.titleVi, course.body.code]);
    }
    const projects = await records({ kind: 'aid-project', pageSize: 100 });
    for (const item of projects.items.filter((i) => i.title !== null)) {
      const project = await get<{ titleVi: string; code: string }>(
        'admin',
        `/api/aid/projects/${item.recordId}`,
      );
      expect([item.title, item.code]).toEqual([project.body.titleVi, project.body.code]);
    }
    // The departments publish titles: every seeded record has one.
    for (const kind of ['course', 'event', 'aid-project', 'delegation', 'budget-line'] as const) {
      const untitled = (await records({ kind, pageSize: 100 })).items.filter((i) => i.title === null);
      expect([kind, untitled]).toEqual([kind, []]);
    }
    const lines = await records({ kind: 'budget-line', pageSize: 5 });
    for (const item of lines.items) {
      const estimate = await get<{ id: string; agencyCode: string }>(
        'admin',
        `/api/budget/estimates/${item.recordId}`,
      );
      expect([estimate.status, estimate.body.agencyCode]).toEqual([200, item.agencyCode]);
    }
  });

  it("lists below the coordinator only the records of the caller's own agency, filtered in the query", async () => {
    const all = await records({ kind: 'budget-line', pageSize: 100 });
    const own = await records({ kind: 'budget-line', agencyCode: 'SNV', pageSize: 100 });
    expect(new Set(all.items.map((i) => i.agencyCode)).size).toBeGreaterThan(1);
    expect(own.total).toBeGreaterThan(0);
    const viewer = await get<PlanRecordPage>(
      'snv.viewer',
      '/api/reporting/records?kind=budget-line&pageSize=100',
    );
    // The same page, count and totals as the coordinator's list of SNV's lines: nothing of another agency.
    expect({ status: viewer.status, body: viewer.body }).toEqual({ status: 200, body: own });
    for (const kind of ['course', 'event', 'aid-project', 'delegation'])
      expect(
        (await get<PlanRecordPage>('snv.viewer', `/api/reporting/records?kind=${kind}`)).body.items.filter(
          (i) => i.agencyCode !== 'SNV',
        ),
      ).toEqual([]);
    // Asking for another agency's records is refused, as the departments' own lists refuse it.
    const other = await get<{ code: string }>(
      'snv.viewer',
      '/api/reporting/records?kind=budget-line&agencyCode=STC',
    );
    expect([other.status, other.body.code]).toEqual([403, 'FORBIDDEN']);
    // Finance reviews every agency's estimates, so its reviewer lists every line; it reads no course.
    const reviewer = await get<PlanRecordPage>(
      'stc.reviewer',
      '/api/reporting/records?kind=budget-line&pageSize=100',
    );
    expect(reviewer.body.total).toBe(all.total);
    expect((await get('stc.reviewer', '/api/reporting/records?kind=course')).status).toBe(403);
  });

  it('refuses a filter that does not apply to the kind, naming it, and bad input', async () => {
    for (const [query, field] of [
      ['kind=course&sectorCode=11220', 'sectorCode'],
      ['kind=budget-line&countryCode=LA', 'countryCode'],
      ['kind=aid-project&type=commitment', 'type'],
      ['kind=event&level=commune', 'level'],
      ['kind=delegation&fundingSource=FOREIGN_NGO_AID', 'fundingSource'],
    ] as const) {
      const res = await get('snv.viewer', `/api/reporting/records?${query}`);
      expect([query, res.status, res.body.fields?.map((f) => f.path)]).toEqual([query, 400, [field]]);
    }
    const bad = await get('snv.viewer', '/api/reporting/records?kind=courses');
    expect([bad.status, bad.body.fields?.[0]?.path]).toEqual([400, 'kind']);
    const anonymous = await fetch(`${stack.url}/api/reporting/records?kind=course`);
    expect(anonymous.status).toBe(401);
  });

  it('pages in the database: disjoint pages that together are every record, in the order asked', async () => {
    for (const kind of ['course', 'aid-project', 'budget-line'] as const) {
      for (const sort of ['year', 'title', 'figure'] as const) {
        const first = await records({ kind, sort, order: 'asc', pageSize: 7, page: 1 });
        const seen: string[] = [];
        const pages = Math.ceil(first.total / 7);
        for (let page = 1; page <= pages; page++) {
          const r = page === 1 ? first : await records({ kind, sort, order: 'asc', pageSize: 7, page });
          expect(r.totals).toEqual(first.totals);
          seen.push(...r.items.map((i) => i.id));
        }
        expect([kind, sort, seen.length, new Set(seen).size]).toEqual([kind, sort, first.total, first.total]);
      }
    }
    const byTrained = await records({ kind: 'course', sort: 'figure', order: 'desc', pageSize: 50 });
    const trained = byTrained.items.map((i) => i.figures.trained ?? 0);
    expect(trained).toEqual([...trained].sort((a, b) => b - a));
    const byYear = await records({ kind: 'budget-line', sort: 'year', order: 'asc', pageSize: 50 });
    const years = byYear.items.map((i) => i.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('keeps the latest state: a late older delegation version and an untitled transaction change no title', async () => {
    const nc = await connect({
      servers: stack.natsUrl,
      ...(stack.natsCredentials ? { user: 'aid', pass: stack.natsCredentials.aid } : {}),
      inboxPrefix: '_INBOX_aid',
    });
    const js = nc.jetstream();
    const publish = async (subject: string, data: unknown) => {
      const envelope = { eventId: randomUUID(), subject, occurredAt: new Date().toISOString(), data };
      await js.publish(subject, JSONCodec().encode(envelope));
    };
    const delegationId = randomUUID();
    const delegation = (version: number, titleVi: string, size: number) => ({
      delegationId,
      version,
      titleVi,
      agencyCode: 'SNGV',
      direction: 'inbound',
      purpose: 'culture',
      planArea: 'III.9',
      countries: [
        { code: 'LA', asean: true },
        { code: 'JP', asean: false },
      ],
      size,
      startDate: '2031-03-02',
      endDate: '2031-03-04',
      year: 2031,
    });
    await publish(AID_EVENTS.delegationRecorded.subject, delegation(2, 'Đoàn Lào – Nhật (sửa)', 9));
    await publish(AID_EVENTS.delegationRecorded.subject, delegation(1, 'Đoàn Lào – Nhật', 5));
    const projectId = randomUUID();
    const transaction = (extra: Record<string, unknown>) => ({
      transactionId: randomUUID(),
      projectId,
      agencyCode: 'SNGV',
      type: 'disbursement',
      date: '2031-05-01',
      year: 2031,
      dongAmount: 300_000_001,
      donorCountryCode: 'JP',
      asean: false,
      sectors: [{ code: '15110', planArea: 'III.10', percentage: 100 }],
      locations: [{ districtCode: 'H-VUTHU', percentage: 100 }],
      ...extra,
    });
    await publish(
      AID_EVENTS.transactionRecorded.subject,
      transaction({ projectCode: 'JP-2031-01', projectTitleVi: 'Dự án thư viện xã' }),
    );
    await publish(AID_EVENTS.transactionRecorded.subject, transaction({}));
    await nc.drain();
    await waitFor(
      async () => (await dashboard('?year=2031')).aid.disbursed === '600000002',
      'the 2031 events to be applied',
      30_000,
    );
    await caughtUp();

    const delegations = await records({ kind: 'delegation', year: 2031 });
    expect(delegations.items.map((i) => [i.id, i.title, i.figures.members, i.figures.countries])).toEqual([
      [delegationId, 'Đoàn Lào – Nhật (sửa)', 9, ['JP', 'LA']],
    ]);
    expect(delegations.totals).toEqual({ members: 9, countries: ['JP', 'LA'] });
    const d = await dashboard('?year=2031');
    expect(d.delegations).toEqual({
      delegations: 1,
      inbound: 1,
      outbound: 0,
      members: 9,
      byCountry: [
        { countryCode: 'JP', asean: false, delegations: 1 },
        { countryCode: 'LA', asean: true, delegations: 1 },
      ],
    });
    const projects = await records({ kind: 'aid-project', year: 2031, q: 'thu vien' });
    expect(projects.items.map((i) => [i.id, i.code, i.title, i.figures.disbursed, i.planArea])).toEqual([
      [projectId, 'JP-2031-01', 'Dự án thư viện xã', '600000002', 'III.10'],
    ]);
  });

  it('rebuilds a running installation from the command line to the same figures, audited', async () => {
    const before = await dashboard();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      DATA_DIR: stack.env.DATA_DIR,
      LOG_LEVEL: 'silent',
      // As the reporting service's own run-time role on PostgreSQL.
      ...(stack.databaseUrl ? { DATABASE_URL: stack.databaseEnv('reporting').DATABASE_URL } : {}),
    };
    // No NATS settings: the command finds this run's server and password where the stack wrote them.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(REPO_ROOT, 'dist', 'tools', 'reporting-rebuild.js')],
      { env, cwd: REPO_ROOT, timeout: 120_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as RebuildResult;
    expect(stdout).toContain('Read model rebuilt.');
    expect(result.replayed.AID).toBeGreaterThan(0);
    expect(result.replayed.TRAINING).toBeGreaterThan(0);
    expect(result.applied).toBe(before.eventsApplied);
    await caughtUp();
    expect(await dashboard()).toEqual(before);
    const audit = await get<{ items: AuditEntry[] }>('admin', '/api/reporting/audit?entity=ReadModel');
    expect(audit.body.items[0]?.username).toMatch(/^system:/);
  });
});
