import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DEMO_ENV, type Stack, startStack, totp, waitFor } from '../index';

interface CollectedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
}

/** A tiny OTLP/HTTP collector: keeps the spans the processes' exporters post as JSON. */
async function startCollector() {
  const spans: CollectedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const json = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { spans: Omit<CollectedSpan, 'service'>[] }[];
          }[];
        };
        for (const rs of json.resourceSpans) {
          const service =
            rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
          for (const ss of rs.scopeSpans) for (const span of ss.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Logs and traces of the real processes (issue 18 item 3): every line JSON with the request's fields,
 * nothing secret or personal in them, and one trace per request across the gateway and the service.
 */
describe('logs and traces of the running processes', () => {
  let stack: Stack;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  const output = new Map<string, string>();
  const linesOf = (app: string) =>
    (output.get(app) ?? '')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  // What the requests below carry and no log may hold.
  const wrongPassword = 'Wrong-Password-Zebra-7731!';
  const traineeName = 'Trần Thị Kín Đáo';
  const traineePhone = '0912 345 678';
  const traineeEmail = 'kin.dao@example.vn';
  const correlationId = `logs-${randomUUID()}`;
  let totpCode = '';
  let refreshCookie = '';
  let accessToken = '';
  let userId = '';

  beforeAll(async () => {
    collector = await startCollector();
    stack = await startStack({
      env: {
        ...DEMO_ENV,
        SEED_DEMO_USERS: 'true',
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      },
      onOutput: (app, text) => output.set(app, (output.get(app) ?? '') + text),
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await collector?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('signs in with a password and a TOTP code, refreshes with the cookie, creates a trainee', async () => {
    expect((await post('/api/auth/login', { username: 'admin', password: wrongPassword })).status).toBe(401);
    const first = (await (
      await post('/api/auth/login', { username: 'admin', password: DEMO_ENV.DEMO_PASSWORD })
    ).json()) as { challenge: string };
    totpCode = totp(DEMO_ENV.DEMO_TOTP_SECRET, Date.now());
    const second = await post('/api/auth/login/totp', { challenge: first.challenge, code: totpCode });
    expect(second.status).toBe(200);
    refreshCookie = (second.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(refreshCookie).toMatch(/=.{16,}/);
    const refreshed = await post('/api/auth/refresh', {}, { cookie: refreshCookie });
    expect(refreshed.status).toBe(200);
    const session = (await refreshed.json()) as { accessToken: string; user: { id: string } };
    accessToken = session.accessToken;
    userId = session.user.id;

    const created = await post(
      '/api/training/trainees',
      {
        staffCode: `LOG-${Date.now() % 1e8}`,
        fullName: traineeName,
        gender: 'female',
        districtCode: 'H-VUTHU',
        commune: 'Xã Tân Lập',
        level: 'commune',
        group: 'civil-servant',
        phone: traineePhone,
        email: traineeEmail,
      },
      { authorization: `Bearer ${accessToken}`, 'x-correlation-id': correlationId },
    );
    expect(created.status).toBe(201);
  }, 60_000);

  it('writes one JSON access line per request, with the correlation id, route or subject, caller and duration', async () => {
    const isCreate = (line: Record<string, unknown>) => line.correlationId === correlationId;
    await waitFor(
      async () => linesOf('gateway').some(isCreate) && linesOf('training').some(isCreate),
      'both access lines of the create',
      10_000,
    );
    const gateway = linesOf('gateway').filter(isCreate);
    expect(gateway).toEqual([
      expect.objectContaining({
        level: 'info',
        service: 'gateway',
        msg: 'request',
        route: 'POST /api/training/trainees',
        callerId: userId,
        status: 201,
        durationMs: expect.any(Number),
        traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    ]);
    expect(linesOf('training').filter(isCreate)).toEqual([
      expect.objectContaining({
        level: 'info',
        service: 'training-service',
        msg: 'request',
        subject: 'training.trainee.create',
        callerId: userId,
        status: 200,
        durationMs: expect.any(Number),
        traceId: gateway[0]?.traceId,
      }),
    ]);
    // The refused sign-in has its access line too, with its status.
    expect(linesOf('gateway')).toContainEqual(
      expect.objectContaining({ route: 'POST /api/auth/login', status: 401, msg: 'request' }),
    );
  });

  it('shows the gateway span and the service span of one request in one trace', async () => {
    await waitFor(
      async () =>
        collector.spans.some((s) => s.name === 'training.trainee.create') &&
        collector.spans.some((s) => s.name === 'POST /api/training/trainees'),
      'the spans of the create at the collector',
      15_000,
    );
    const gateway = collector.spans.find((s) => s.name === 'POST /api/training/trainees');
    const service = collector.spans.find((s) => s.name === 'training.trainee.create');
    expect(gateway).toMatchObject({ service: 'ascc-gateway' });
    expect(service).toMatchObject({
      service: 'ascc-training',
      traceId: gateway?.traceId,
      parentSpanId: gateway?.spanId,
    });
    // The trace the gateway's log line names is this one.
    const line = linesOf('gateway').find((l) => l.correlationId === correlationId);
    expect(line?.traceId).toBe(gateway?.traceId);
  }, 30_000);

  it('continues the trace into the event the request recorded and its consumer', async () => {
    const created = await post(
      '/api/aid/delegations',
      {
        title: 'Đoàn theo dõi',
        direction: 'inbound',
        purpose: 'aid',
        countryCodes: ['KR'],
        headName: 'Kim',
        size: 2,
        startDate: '2025-03-01',
        endDate: '2025-03-02',
        agencyCode: 'SNGV',
      },
      { authorization: `Bearer ${accessToken}` },
    );
    expect(created.status).toBe(201);
    const gatewaySpan = () => collector.spans.find((s) => s.name === 'POST /api/aid/delegations');
    const inTrace = (name: string) =>
      collector.spans.find((s) => s.name === name && s.traceId === gatewaySpan()?.traceId);
    await waitFor(
      async () => Boolean(inTrace('aid.delegation.recorded')),
      'the consumer’s span of the event in the request’s trace',
      20_000,
    );
    const handler = collector.spans.find(
      (s) => s.service === 'ascc-aid' && s.parentSpanId === gatewaySpan()?.spanId,
    );
    expect(handler).toMatchObject({ traceId: gatewaySpan()?.traceId, kind: 2 /* server */ });
    expect(inTrace('aid.delegation.recorded')).toMatchObject({
      service: 'ascc-reporting',
      parentSpanId: handler?.spanId,
      kind: 5 /* consumer */,
    });
    // The consumer's log line names the event and the trace.
    expect(linesOf('reporting')).toContainEqual(
      expect.objectContaining({
        msg: 'event',
        subject: 'aid.delegation.recorded',
        status: 200,
        traceId: gatewaySpan()?.traceId,
      }),
    );
  }, 40_000);

  it('holds, across every process and request above, no password, TOTP code, token, cookie nor a trainee’s name, phone or e-mail', () => {
    const all = [...output.values()].join('\n');
    expect(all).toContain(correlationId);
    for (const secret of [
      DEMO_ENV.DEMO_PASSWORD,
      wrongPassword,
      DEMO_ENV.DEMO_TOTP_SECRET,
      accessToken,
      refreshCookie,
      refreshCookie.split('=')[1] ?? refreshCookie,
      traineeName,
      traineePhone,
      traineePhone.replace(/ /g, ''),
      traineeEmail,
    ]) {
      expect(all).not.toContain(secret);
    }
    // A 6-digit code is found only where it is part of something else (an id, a time), never as a field.
    expect(all).not.toMatch(new RegExp(`"${totpCode}"|[:=]${totpCode}\\b`));
  });
});
