import type { Dashboard, NotificationPage, RunRemindersResult } from '@ascc/contracts';
import {
  DEMO_ENV,
  type DemoApi,
  type Stack,
  demoApi,
  startStack,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';
import { estimateAgencies } from '../reminder-rules';

/** The day the reminders run for, and the records' dates around it. */
const DAY = '2029-06-01';
/**
 * The budget's rule runs on a day of 2024, when the agencies the demo users belong to were in office
 * (the province's agencies merged in 2025): Finance's 2025 deadline 5 days ahead.
 */
const BUDGET_DAY = '2024-06-01';
const DEADLINE = '2024-06-06';

/**
 * Every date-driven rule, end to end: the owning service's real command writes its event, the reporting
 * service's durable consumers keep the reminder facts, and the job run for a fixed day — four times at
 * once, shared by two copies of the reporting service — delivers each reminder exactly once, to the
 * agency's people who must act.
 */
describe.each(testDatabaseKinds())('date-driven reminders (%s)', (database) => {
  let stack: Stack;
  let http: DemoApi;
  // The yearly report's reminders of the machine's own day (the hourly job) are not this test's.
  const inbox = async (user: string) =>
    (await http<NotificationPage>(user, 'GET', '/api/notifications?pageSize=100')).items.filter(
      (n) => !n.template.startsWith('report.'),
    );
  const run = (date: string) =>
    http<RunRemindersResult>('admin', 'POST', '/api/notifications/reminders/run', { date });
  const ids: Record<string, string> = {};
  const output: string[] = [];

  beforeAll(async () => {
    stack = await startStack({
      database,
      copies: { reporting: 2 },
      startTimeoutMs: 180_000,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
      onOutput: (app, text) => {
        if (app.startsWith('budget')) output.push(text);
      },
    });
    http = demoApi(stack);

    // An NGO whose registration expires in 30 days.
    ids.ngo = (
      await http<{ id: string }>('sngv.editor', 'POST', '/api/aid/ngos', {
        nameOriginal: 'Reminder Foundation',
        nameVi: 'Quỹ Nhắc Hạn',
        countryCode: 'KR',
        kind: 'foundation',
        agencyCode: 'SNGV',
        registration: {
          certificateNo: 'ĐK-01',
          issuedBy: 'Bộ Ngoại giao',
          validFrom: '2026-07-01',
          validTo: '2029-07-01',
        },
      })
    ).id;
    // An aid project approved 7 months before, not started.
    ids.project = (
      await http<{ id: string }>('sngv.editor', 'POST', '/api/aid/projects', {
        code: 'NH-1',
        titleVi: 'Dự án chưa khởi công',
        titleEn: 'Project not started',
        agencyCode: 'SNGV',
        participants: [{ role: 'funding', name: 'Donor' }],
        sectors: [{ code: '11220', percentage: 100 }],
        locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
        status: 'approved',
        decisionNo: '123/QĐ-UBND',
        decisionDate: '2028-11-01',
      })
    ).id;
    // A course starting tomorrow, 1 enrolled of 20.
    const course = await http<{ id: string; version: number }>(
      'snv.editor',
      'POST',
      '/api/training/courses',
      {
        code: 'NH-K1',
        titleVi: 'Khóa học ngày mai',
        titleEn: 'Course tomorrow',
        topic: 'it',
        targetLevel: 'province',
        agencyCode: 'SNV',
        startDate: '2029-06-02',
        endDate: '2029-06-03',
        capacity: 20,
        costEstimate: 1_000_000,
      },
    );
    ids.course = course.id;
    await http('snv.editor', 'POST', `/api/training/courses/${course.id}/status`, {
      version: course.version,
      status: 'open',
    });
    const trainee = await http<{ id: string }>('snv.editor', 'POST', '/api/training/trainees', {
      staffCode: 'NH-1',
      fullName: 'Nguyễn Văn Nhắc',
      gender: 'male',
      districtCode: 'H-KIENXUONG',
      level: 'province',
      group: 'civil-servant',
    });
    await http('snv.editor', 'POST', `/api/training/courses/${course.id}/enrolments`, {
      traineeIds: [trainee.id],
    });
    // Finance's deadline for 2025 in 5 days; Home Affairs has submitted, the others not.
    await http('stc.reviewer', 'PUT', '/api/budget/deadlines/2025', { deadline: DEADLINE }).catch((e) => {
      throw new Error(`${(e as Error).message}\n${output.join('')}`);
    });
    const estimate = await http<{ id: string; version: number }>(
      'snv.editor',
      'POST',
      '/api/budget/estimates',
      {
        agencyCode: 'SNV',
        fiscalYear: 2025,
        titleVi: 'Dự toán năm 2025',
        lines: [
          {
            description: 'Khóa bồi dưỡng',
            planArea: 'III.8',
            fundingSource: 'PROVINCIAL_BUDGET',
            quantity: 1,
            unitCost: 100_000_000,
          },
        ],
      },
    );
    await http('snv.editor', 'POST', `/api/budget/estimates/${estimate.id}/submit`, {
      version: estimate.version,
    });

    // The read model has applied every event (7: NGO, project, course ×3, deadline, submission).
    let stable = 0;
    let last = -1;
    await waitFor(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const d = await http<Dashboard>('admin', 'GET', '/api/reporting/dashboard');
        stable = d.lag === 0 && d.eventsApplied === last && last >= 7 ? stable + 1 : 0;
        last = d.eventsApplied;
        return stable >= 2;
      },
      'the reminder facts',
      60_000,
    );
  }, 400_000);
  afterAll(() => stack?.stop());

  it('delivers each rule’s reminder once, though four runs share two copies, and again adds nothing', async () => {
    const runs = await Promise.all(Array.from({ length: 4 }, () => run(DAY)));
    // NGO + project + course.
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(3);
    expect(await run(DAY)).toEqual({ date: DAY, created: 0 });
    const budgetRuns = await Promise.all(Array.from({ length: 4 }, () => run(BUDGET_DAY)));
    const owing = estimateAgencies(DEADLINE).filter((code) => code !== 'SNV');
    expect(owing).toContain('SVHTTDL');
    // One per agency without an estimate.
    expect(budgetRuns.reduce((sum, r) => sum + r.created, 0)).toBe(owing.length);
    expect(await run(BUDGET_DAY)).toEqual({ date: BUDGET_DAY, created: 0 });

    const sngv = await inbox('sngv.editor');
    expect(sngv.filter((n) => n.template === 'ngo.registration-expiring')).toEqual([
      expect.objectContaining({
        agencyCode: 'SNGV',
        params: { name: 'Quỹ Nhắc Hạn', expiresOn: '2029-07-01', days: 30 },
        link: { kind: 'ngo', id: ids.ngo },
      }),
    ]);
    expect(sngv.filter((n) => n.template === 'aid-project.not-started')).toEqual([
      expect.objectContaining({
        params: { title: 'Dự án chưa khởi công', approvedOn: '2028-11-01', startBy: '2029-05-01' },
        link: { kind: 'aid-project', id: ids.project },
      }),
    ]);
    const snv = await inbox('snv.editor');
    expect(snv.filter((n) => n.template === 'course.starting-tomorrow')).toEqual([
      expect.objectContaining({
        agencyCode: 'SNV',
        params: { title: 'Khóa học ngày mai', startsOn: '2029-06-02', open: 19 },
        link: { kind: 'course', id: ids.course },
      }),
    ]);
    // Home Affairs submitted: no deadline reminder for it; Culture did not.
    expect(snv.filter((n) => n.template === 'estimate.deadline-soon')).toEqual([]);
    expect((await inbox('svhttdl.editor')).filter((n) => n.template === 'estimate.deadline-soon')).toEqual([
      expect.objectContaining({
        agencyCode: 'SVHTTDL',
        params: { fiscalYear: 2025, deadline: DEADLINE, days: 5 },
        link: { kind: 'budget-estimate' },
      }),
    ]);
    // Each for the agency's people who act: a viewer, another agency, Finance's reviewer see none of these.
    expect(await inbox('snv.viewer')).toEqual([]);
    expect((await inbox('svhttdl.editor')).map((n) => n.template)).toEqual(['estimate.deadline-soon']);
    expect((await inbox('stc.reviewer')).filter((n) => n.template !== 'estimate.deadline-soon')).toEqual([]);
  });

  it('reminds a deadline once more on its day, and nothing once a course started or a deadline passed', async () => {
    // Two days later: the course started, the NGO's "expiring" reminder was delivered for this expiry.
    expect(await run('2029-06-03')).toEqual({ date: '2029-06-03', created: 0 });
    // The deadline's day: its "today" reminder, once per agency still without an estimate.
    const owing = estimateAgencies(DEADLINE).filter((code) => code !== 'SNV');
    expect(await run(DEADLINE)).toEqual({ date: DEADLINE, created: owing.length });
    // After the deadline, nothing more.
    expect(await run('2024-06-07')).toEqual({ date: '2024-06-07', created: 0 });
  });
});
