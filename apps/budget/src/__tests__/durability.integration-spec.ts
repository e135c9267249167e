import { JSONCodec, connect } from 'nats';
import type { ActivityFunding, BudgetEstimate, ServiceErrorBody } from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds, waitFor } from '@ascc/testing';

/**
 * The whole product as processes, with the NATS users of auth.conf: an approval reaches the training
 * service through JetStream even though training was down when it was made, exactly once.
 */
describe.each(testDatabaseKinds())('budget approval reaching a stopped training service (%s)', (database) => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const api = async <T>(
    user: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  beforeAll(async () => {
    stack = await startStack({
      database,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
    });
    for (const user of ['snv.editor', 'svhttdl.editor', 'stc.reviewer'])
      tokens[user] = (await signIn(stack.url, user)).accessToken;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('funds the course exactly once after training comes back, and ignores a redelivery', async () => {
    const course = await api<{ id: string }>('snv.editor', 'POST', '/api/training/courses', {
      code: 'DUR-1',
      titleVi: 'Bồi dưỡng kiến thức hội nhập ASEAN',
      titleEn: 'ASEAN integration course',
      topic: 'it',
      targetLevel: 'commune',
      agencyCode: 'SNV',
      startDate: '2025-03-03',
      endDate: '2025-03-05',
      capacity: 40,
      costEstimate: 200_000_000,
    });
    expect(course.status).toBe(201);
    const line = {
      description: 'Khóa bồi dưỡng cấp xã',
      planArea: 'III.8',
      fundingSource: 'PROVINCIAL_BUDGET',
      quantity: 1,
      unitCost: 200_000_000,
      activity: { kind: 'training-course', id: course.body.id },
    };

    // The link is checked over NATS: a missing course is a 400 on the line, and so is another agency's
    // that the caller may not see (neither its existence nor its title is told).
    const missing = await api<ServiceErrorBody>('snv.editor', 'POST', '/api/budget/estimates', {
      agencyCode: 'SNV',
      fiscalYear: 2025,
      titleVi: 'Dự toán 2025',
      lines: [{ ...line, activity: { kind: 'training-course', id: '00000000-0000-4000-8000-000000000000' } }],
    });
    expect(missing).toMatchObject({ status: 400, body: { fields: [{ path: 'lines.0.activity' }] } });
    const foreign = await api('svhttdl.editor', 'POST', '/api/budget/estimates', {
      agencyCode: 'SVHTTDL',
      fiscalYear: 2025,
      titleVi: 'Dự toán 2025',
      lines: [line],
    });
    expect(foreign).toMatchObject({
      status: 400,
      body: { fields: [{ path: 'lines.0.activity', code: 'not_found' }] },
    });

    const draft = await api<BudgetEstimate>('snv.editor', 'POST', '/api/budget/estimates', {
      agencyCode: 'SNV',
      fiscalYear: 2025,
      titleVi: 'Dự toán kinh phí năm 2025',
      lines: [line],
    });
    expect(draft.status).toBe(201);
    expect(draft.body.lines[0].activityLabel).toContain('DUR-1');
    const key = { 'idempotency-key': 'durability-submit-0001' };
    const submitted = await api<BudgetEstimate>(
      'snv.editor',
      'POST',
      `/api/budget/estimates/${draft.body.id}/submit`,
      { version: draft.body.version },
      key,
    );
    const repeated = await api<BudgetEstimate>(
      'snv.editor',
      'POST',
      `/api/budget/estimates/${draft.body.id}/submit`,
      { version: draft.body.version },
      key,
    );
    expect(submitted.status).toBe(200);
    expect(repeated.body).toEqual(submitted.body);

    await stack.stopService('training');
    const approved = await api<BudgetEstimate>(
      'stc.reviewer',
      'POST',
      `/api/budget/estimates/${draft.body.id}/review`,
      {
        version: submitted.body.version,
        decision: 'approve',
        lines: [{ lineId: draft.body.lines[0].id, approvedAmount: 150_000_000 }],
      },
    );
    expect(approved.body.status).toBe('approved');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await stack.startService('training');

    const funding = () =>
      api<ActivityFunding>('snv.editor', 'GET', `/api/training/courses/${course.body.id}/funding`);
    await waitFor(
      async () => (await funding()).body.fundedAmount === 150_000_000,
      'the course to be funded',
      30_000,
    );

    // The same event once more, under another JetStream message id: still one funding.
    const row = await outboxRow(stack, 'budget.line.funded');
    const credentials = stack.natsCredentials ?? { budget: '', training: '' };
    const nc = await connect({
      servers: stack.natsUrl,
      user: 'budget',
      pass: credentials.budget,
      inboxPrefix: '_INBOX_budget',
    });
    const repeat = await nc.jetstream().publish(
      'budget.line.funded',
      JSONCodec().encode({
        eventId: row.eventId,
        subject: 'budget.line.funded',
        occurredAt: new Date().toISOString(),
        data: row.data,
      }),
      { msgID: `redelivery-${row.eventId}` },
    );
    await nc.close();
    const training = await connect({
      servers: stack.natsUrl,
      user: 'training',
      pass: credentials.training,
      inboxPrefix: '_INBOX_training',
    });
    const jsm = await training.jetstreamManager({ checkAPI: false });
    await waitFor(async () => {
      const info = await jsm.consumers.info('BUDGET', 'training-budget-line-funded');
      return info.delivered.stream_seq === repeat.seq && info.num_ack_pending === 0;
    }, 'the repeat to be handled');
    await training.close();
    const recorded = (await funding()).body;
    expect(recorded.lines).toHaveLength(1);
    expect(recorded.fundedAmount).toBe(150_000_000);
  });
});

/** The budget service's outbox row of a subject, read from its database (SQLite file or PostgreSQL). */
async function outboxRow(stack: Stack, subject: string): Promise<{ eventId: string; data: unknown }> {
  const sql = 'select event_id, data from outbox_event where subject = $1';
  if (stack.databaseUrl) {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(sql.replace('outbox_event', 'budget.outbox_event'), [subject]);
      return { eventId: rows[0].event_id, data: rows[0].data };
    } finally {
      await client.end();
    }
  }
  // better-sqlite3 has no bundled types: the two calls used here, typed by hand.
  type Db = { prepare(sql: string): { get(...args: unknown[]): unknown }; close(): void };
  const Database = (await import('better-sqlite3' as string)).default as new (file: string, o: object) => Db;
  const db = new Database(`${stack.env.DATA_DIR}/budget.sqlite`, { readonly: true });
  try {
    const row = db.prepare(sql.replace('$1', '?')).get(subject) as { event_id: string; data: string };
    return { eventId: row.event_id, data: JSON.parse(row.data) };
  } finally {
    db.close();
  }
}
