import { randomUUID } from 'node:crypto';
import { connect } from 'nats';
import {
  type BudgetEstimate,
  type GatewayHealth,
  type NotificationPage,
  REPORTING_EVENTS,
  type SessionUser,
  type User,
  expectedReports,
} from '@ascc/contracts';
import { natsConnectionOptions } from '@ascc/service-kit';
import {
  DEMO_ENV,
  type SmtpSink,
  type Stack,
  type DemoApi,
  demoApi,
  startGatewayCopy,
  startSmtpSink,
  startStack,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';

/**
 * E-mail as processes: the reporting service announces each notification, one of two gateway copies
 * mails it (through a real SMTP server, the sink) to its readers who asked for e-mail, in their
 * language, once — through an SMTP failure, two copies and a redelivered event.
 */
describe.each(testDatabaseKinds())('notification e-mails (%s)', (database) => {
  let stack: Stack;
  let sink: SmtpSink;
  let copy: Awaited<ReturnType<typeof startGatewayCopy>> | undefined;
  let http: DemoApi;
  const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({
      database,
      env: {
        ...DEMO_ENV,
        SEED_DEMO_USERS: 'true',
        LOG_LEVEL: 'silent',
        SMTP_URL: sink.url,
        MAIL_FROM: 'ASCC <no-reply@plan.test>',
        MAIL_RETRY_MS: '100',
        CONSOLE_PUBLIC_URL: 'https://plan.test',
      },
    });
    // A second copy of the gateway: the two share the durable consumer.
    copy = await startGatewayCopy(stack);
    http = demoApi(stack);
  }, 180_000);
  afterAll(async () => {
    copy?.child.kill('SIGTERM');
    await stack?.stop();
    await sink?.stop();
  });

  const usersByName = async () =>
    new Map(
      (
        await http.answer<{ items: User[] }>('admin', 'GET', '/api/identity/users?pageSize=100')
      ).body.items.map((u) => [u.username, u]),
    );

  it('lets a user set their own address (normalised), language and switch; a bad address is refused beside the field', async () => {
    const bad = await http.answer<{ fields: { path: string }[] }>(
      'snv.editor',
      'PUT',
      '/api/auth/mail-preferences',
      {
        email: 'not an address',
        language: 'en',
        emailNotifications: true,
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.path)).toEqual(['email']);
    const saved = await http.answer<SessionUser>('snv.editor', 'PUT', '/api/auth/mail-preferences', {
      email: '  Editor.SNV@Example.GOV.vn ',
      language: 'en',
      emailNotifications: true,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      email: 'editor.snv@example.gov.vn',
      language: 'en',
      emailNotifications: true,
    });
    expect((await http.answer<SessionUser>('snv.editor', 'GET', '/api/auth/me')).body.email).toBe(
      'editor.snv@example.gov.vn',
    );
    // Audited like the administrator's changes.
    const users = await usersByName();
    const history = await http.answer<{ items: { changes?: unknown }[] }>(
      'admin',
      'GET',
      `/api/identity/users/${users.get('snv.editor')?.id}/history`,
    );
    expect(JSON.stringify(history.body)).toContain('editor.snv@example.gov.vn');

    // The administrator gives addresses to others (the shared agency mailbox may serve two accounts).
    for (const [username, email, language] of [
      ['snv.viewer', 'viewer.snv@example.gov.vn', 'vi'],
      ['svhttdl.editor', 'editor.svhttdl@example.gov.vn', 'vi'],
      ['stc.reviewer', 'reviewer.stc@example.gov.vn', 'vi'],
    ] as const) {
      const user = users.get(username) as User;
      const res = await http.answer<User>('admin', 'PATCH', `/api/identity/users/${user.id}`, {
        version: user.version,
        email,
        language,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ email, language, emailNotifications: true });
    }
    // Another SNV editor with an address, one deactivated, one who turned e-mail off.
    for (const [username, active, emailNotifications] of [
      ['snv.editor2', true, true],
      ['snv.gone', false, true],
      ['snv.quiet', true, false],
    ] as const) {
      const created = await http.answer<User>('admin', 'POST', '/api/identity/users', {
        username,
        displayName: `Cán bộ ${username}`,
        agencyCode: 'SNV',
        roles: ['editor'],
        password: 'Mật-khẩu-đủ-dài-42',
        email: `${username}@example.gov.vn`,
        emailNotifications,
      });
      expect(created.status).toBe(201);
      expect(created.body.language).toBe('vi');
      if (!active) {
        const off = await http.answer<User>('admin', 'PATCH', `/api/identity/users/${created.body.id}`, {
          version: created.body.version,
          active: false,
        });
        expect(off.status).toBe(200);
      }
    }
  });

  it("mails a returned estimate once to its author, in the author's language, with the comment and a link — through an SMTP failure the status shows", async () => {
    // The SMTP server refuses five tries (retried after 0.1, 0.2, 0.4, 0.8, 1.6 s).
    sink.failNext(5);
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
      {
        version: draft.body.version,
      },
    );
    const returned = await http.answer<BudgetEstimate>(
      'stc.reviewer',
      'POST',
      `/api/budget/estimates/${draft.body.id}/review`,
      {
        version: submitted.body.version,
        decision: 'return',
        comment: 'Thiếu chứng từ',
        lines: [],
      },
    );
    expect(returned.body.status).toBe('returned');

    // Meanwhile the public status names the gateway's e-mail queue as failing (counts only), on either copy.
    const mailCheck = async (url: string) => {
      const health = (await (await fetch(`${url}/api/health`)).json()) as GatewayHealth;
      return { status: health.status, mail: health.checks?.find((c) => c.kind === 'mail') };
    };
    await waitFor(
      async () => (await mailCheck(stack.url)).mail?.status === 'failing',
      'the e-mail queue failing on the status',
      30_000,
    );
    const failing = await mailCheck((copy as NonNullable<typeof copy>).url);
    expect(failing.status).toBe('degraded');
    expect(failing.mail).toMatchObject({ name: 'mail', kind: 'mail', status: 'failing' });
    expect(failing.mail?.pending).toBeGreaterThanOrEqual(1);
    expect(failing.mail).not.toHaveProperty('detail');

    await waitFor(
      async () => mailsTo('editor.snv@example.gov.vn').length === 1,
      'the e-mail to the author',
      30_000,
    );
    await waitFor(
      async () => (await mailCheck(stack.url)).mail?.status === 'ok',
      'the e-mail queue passing again',
    );
    const consumerCheck = (await (await fetch(`${stack.url}/api/health`)).json()) as GatewayHealth;
    expect(consumerCheck.checks?.find((c) => c.kind === 'consumer')).toMatchObject({
      name: 'gateway-reporting-notification-created',
      status: 'ok',
    });
    const [mail] = mailsTo('editor.snv@example.gov.vn');
    expect(mail.from).toBe('no-reply@plan.test');
    expect(mail.subject).toBe('[ASCC] The estimate “Dự toán kinh phí năm 2025” (2025) was returned');
    expect(mail.text).toContain(
      'Finance returned the estimate “Dự toán kinh phí năm 2025” (2025): “Thiếu chứng từ”.',
    );
    expect(mail.text).toContain(`https://plan.test/budget/${draft.body.id}`);
    expect(mail.html).toContain(`href="https://plan.test/budget/${draft.body.id}"`);

    // Redelivered as a new event (another id) of the same notification: the UNIQUE row mails nobody again.
    const notification = (
      await http.answer<NotificationPage>('snv.editor', 'GET', '/api/notifications?pageSize=100')
    ).body.items.find((n) => n.template === 'estimate.returned');
    expect(notification).toBeDefined();
    const authorId = (await usersByName()).get('snv.editor')?.id;
    const env = stack.processEnv('reporting');
    const nc = await connect({
      ...natsConnectionOptions('test-redelivery', env),
      inboxPrefix: '_INBOX_reporting',
    });
    try {
      const n = notification as NonNullable<typeof notification>;
      await nc.jetstream().publish(
        REPORTING_EVENTS.notificationCreated.subject,
        JSON.stringify({
          eventId: randomUUID(),
          subject: REPORTING_EVENTS.notificationCreated.subject,
          occurredAt: new Date().toISOString(),
          data: {
            notificationId: n.id,
            template: n.template,
            params: n.params,
            link: n.link,
            agencyCode: n.agencyCode,
            userId: authorId,
            permission: null,
            createdAt: n.createdAt,
          },
        }),
      );
    } finally {
      await nc.close();
    }
    await sleep(3000);
    expect(mailsTo('editor.snv@example.gov.vn')).toHaveLength(1);
    // Nobody else was told: the reviewer, the other SNV users.
    expect(sink.mails).toHaveLength(1);
  }, 60_000);

  it('mails the agency-wide report reminder to each active SNV user holding the permission, once each, and nobody else', async () => {
    const before = sink.mails.length;
    const run = await http.answer<{ created: number }>('admin', 'POST', '/api/notifications/reminders/run', {
      date: '2024-12-08',
    });
    expect(run.status).toBe(200);
    const expected = expectedReports(2024);
    const snvAreas = expected.filter((e) => e.agencyCode === 'SNV').length;
    const svhttdlAreas = expected.filter((e) => e.agencyCode === 'SVHTTDL').length;
    expect(snvAreas).toBeGreaterThan(0);
    await waitFor(
      async () => sink.mails.length - before === 2 * snvAreas + svhttdlAreas,
      'the reminders by e-mail',
      30_000,
    );
    await sleep(2000);
    const reminders = sink.mails.slice(before);
    expect(reminders).toHaveLength(2 * snvAreas + svhttdlAreas);
    const recipients = new Set(reminders.flatMap((m) => m.to));
    expect([...recipients].sort()).toEqual(
      ['editor.snv@example.gov.vn', 'editor.svhttdl@example.gov.vn', 'snv.editor2@example.gov.vn'].sort(),
    );
    // Each reminder once per reader, though two gateway copies read the stream.
    const keys = reminders.map((m) => `${m.to.join()}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    const vi = reminders.find((m) => m.to.includes('snv.editor2@example.gov.vn'));
    expect(vi?.subject).toMatch(/^\[ASCC\] Báo cáo năm 2024 lĩnh vực .+: còn 7 ngày$/);
    expect(vi?.text).toContain('phải nộp trước 15/12/2024: còn 7 ngày.');
    expect(vi?.text).toContain('https://plan.test/reports?year=2024');
  }, 60_000);
});
