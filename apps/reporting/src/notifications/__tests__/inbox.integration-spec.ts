import { expectedReports } from '@ascc/contracts';
import type {
  BudgetEstimate,
  MarkedRead,
  NotificationPage,
  RunRemindersResult,
  UnreadCount,
} from '@ascc/contracts';
import { connect } from 'nats';
import { REPORTING_EVENTS } from '@ascc/contracts';
import { consumerName, natsConnectionOptions } from '@ascc/service-kit';
import {
  DEMO_ENV,
  type DemoApi,
  type Stack,
  demoApi,
  startStack,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';

/**
 * The inbox as processes: the budget service returns an estimate, its event reaches the reporting
 * service's durable consumer and the author's inbox; the date-driven reminders run on two copies of the
 * reporting service at once and each reminder is delivered once. Each user sees only their own.
 */
describe.each(testDatabaseKinds())('inbox and reminders (%s)', (database) => {
  let stack: Stack;
  let http: DemoApi;
  const inbox = async (user: string, query = '') =>
    (await http.answer<NotificationPage>(user, 'GET', `/api/notifications?pageSize=100${query}`)).body;
  const unread = async (user: string) =>
    (await http.answer<UnreadCount>(user, 'GET', '/api/notifications/unread-count')).body.unread;

  beforeAll(async () => {
    stack = await startStack({
      database,
      copies: { reporting: 2 },
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
    });
    http = demoApi(stack);
  }, 180_000);
  afterAll(() => stack?.stop());

  it("puts a returned estimate in its author's inbox, with the comment and a link, and nobody else's", async () => {
    const draft = await http.answer<BudgetEstimate>('snv.editor', 'POST', '/api/budget/estimates', {
      agencyCode: 'SNV',
      fiscalYear: 2025,
      titleVi: 'Dự toán kinh phí năm 2025',
      lines: [
        {
          description: 'Khóa bồi dưỡng',
          planArea: 'III.8',
          fundingSource: 'PROVINCIAL_BUDGET',
          quantity: 1,
          unitCost: 100_000_000,
        },
      ],
    });
    expect(draft.status).toBe(201);
    const submitted = await http.answer<BudgetEstimate>(
      'snv.editor',
      'POST',
      `/api/budget/estimates/${draft.body.id}/submit`,
      { version: draft.body.version },
    );
    expect(submitted.status).toBe(200);
    const returned = await http.answer<BudgetEstimate>(
      'stc.reviewer',
      'POST',
      `/api/budget/estimates/${draft.body.id}/review`,
      { version: submitted.body.version, decision: 'return', comment: 'Thiếu chứng từ', lines: [] },
    );
    expect(returned.body.status).toBe('returned');

    await waitFor(
      async () => (await unread('snv.editor')) === 1,
      'the returned estimate in the inbox',
      20_000,
    );
    const page = await inbox('snv.editor');
    expect(page.items).toEqual([
      expect.objectContaining({
        template: 'estimate.returned',
        params: { title: 'Dự toán kinh phí năm 2025', fiscalYear: 2025, comment: 'Thiếu chứng từ' },
        link: { kind: 'budget-estimate', id: draft.body.id },
        readAt: null,
      }),
    ]);
    // Another user of the same agency, another agency's editor, the reviewer: not theirs.
    for (const user of ['snv.viewer', 'svhttdl.editor', 'stc.reviewer']) expect(await unread(user)).toBe(0);
    const foreign = await http.answer(
      'svhttdl.editor',
      'POST',
      `/api/notifications/${page.items[0].id}/read`,
      {},
    );
    expect(foreign.status).toBe(404);
    expect(await unread('snv.editor')).toBe(1);

    const read = await http.answer<MarkedRead>(
      'snv.editor',
      'POST',
      `/api/notifications/${page.items[0].id}/read`,
      {},
    );
    expect(read.body).toEqual({ marked: 1, unread: 0 });
    expect((await inbox('snv.editor')).items[0].readAt).not.toBeNull();
    expect((await inbox('snv.editor', '&unread=true')).items).toEqual([]);
  });

  it('with no SMTP_URL mails nothing: the gateway made no e-mail consumer, the inbox works alone', async () => {
    // The gateway's NATS user may look at its e-mail consumer (and nothing else of the REPORTING stream).
    const nc = await connect(natsConnectionOptions('test-mail-off', stack.processEnv('gateway')));
    try {
      const jsm = await nc.jetstreamManager({ checkAPI: false });
      const durable = consumerName('gateway', REPORTING_EVENTS.notificationCreated);
      await expect(jsm.consumers.info(REPORTING_EVENTS.notificationCreated.stream, durable)).rejects.toThrow(
        /not found/i,
      );
    } finally {
      await nc.close();
    }
  });

  it('reminds each missing 2024 report 7 days before 15 December once, though two copies run it at once', async () => {
    const denied = await http.answer('snv.editor', 'POST', '/api/notifications/reminders/run', {
      date: '2024-12-08',
    });
    expect(denied.status).toBe(403);
    const bad = await http.answer<{ fields: { path: string }[] }>(
      'admin',
      'POST',
      '/api/notifications/reminders/run',
      {
        date: '2024-13-08',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('date');

    // Four runs of the same day at once, shared by the two copies' queue group.
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        http.answer<RunRemindersResult>('admin', 'POST', '/api/notifications/reminders/run', {
          date: '2024-12-08',
        }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const expected = expectedReports(2024);
    expect(runs.reduce((sum, r) => sum + r.body.created, 0)).toBe(expected.length);
    // And again the next day: still "due soon", nothing new.
    const again = await http.answer<RunRemindersResult>('admin', 'POST', '/api/notifications/reminders/run', {
      date: '2024-12-09',
    });
    expect(again.body).toEqual({ date: '2024-12-09', created: 0 });

    const dueSoon = async (user: string) =>
      (await inbox(user)).items.filter((n) => n.template === 'report.due-soon' && n.params.year === 2024);
    const snvAreas = expected.filter((e) => e.agencyCode === 'SNV').map((e) => e.planArea);
    expect(snvAreas.length).toBeGreaterThan(0);
    const snv = await dueSoon('snv.editor');
    expect(snv.map((n) => n.params.planArea).sort()).toEqual([...snvAreas].sort());
    expect(snv[0]).toMatchObject({ agencyCode: 'SNV', params: { dueDate: '2024-12-15', days: 7 } });
    expect((await dueSoon('svhttdl.editor')).every((n) => n.agencyCode === 'SVHTTDL')).toBe(true);
    // A viewer cannot write the report: the reminder is for the agency's editors.
    expect(await dueSoon('snv.viewer')).toEqual([]);

    const all = await http.answer<MarkedRead>('snv.editor', 'POST', '/api/notifications/read-all', {});
    expect(all.body).toEqual({ marked: snvAreas.length, unread: 0 });
    expect(await unread('snv.editor')).toBe(0);
    expect(await unread('svhttdl.editor')).toBeGreaterThan(0);
  });
});
