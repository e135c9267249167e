import { type SystemMetrics, TRAINING_SUBJECTS } from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack } from '@ascc/testing';

/** The value of one series in Prometheus's text format (undefined when it is not listed). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

/**
 * Issue 18 item 2 over the real stack (SQLite): the gateway's /metrics by route and status, a service's
 * own listener by subject, its consumers' figures, never without the token; the administrators' figures.
 */
describe('metrics through the stack', () => {
  let stack: Stack;
  let admin = '';
  const api = (path: string, token = admin, init: RequestInit = {}) =>
    fetch(`${stack.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  const scrape = async (url: string) => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${stack.metrics.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  beforeAll(async () => {
    stack = await startStack({ env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' } });
    admin = (await signIn(stack.url, 'admin')).accessToken;
  }, 90_000);
  afterAll(() => stack?.stop());

  it('refuses /metrics without the token, with a wrong one, and with a user’s session', async () => {
    const gateway = stack.metrics.url('gateway') as string;
    const training = stack.metrics.url('training') as string;
    for (const url of [gateway, training]) {
      expect((await fetch(url)).status).toBe(401);
      const wrong = await fetch(url, { headers: { authorization: `Bearer ${'x'.repeat(32)}` } });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).not.toContain('ascc_');
    }
    expect((await fetch(gateway, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(401);
  });

  it('lists each route’s requests and durations by status on the gateway', async () => {
    for (let i = 0; i < 3; i++) expect((await api('/api/training/courses')).status).toBe(200);
    expect((await api('/api/training/courses/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await fetch(`${stack.url}/api/training/courses`)).status).toBe(401);

    const text = await scrape(stack.metrics.url('gateway') as string);
    const list = { method: 'GET', route: '/api/training/courses' };
    expect(sample(text, 'ascc_http_requests_total', { ...list, status: '200' })).toBe(3);
    expect(sample(text, 'ascc_http_requests_total', { ...list, status: '401' })).toBe(1);
    // The pattern, not the id: one series whatever the id asked.
    const one = { method: 'GET', route: '/api/training/courses/:id', status: '404' };
    expect(sample(text, 'ascc_http_requests_total', one)).toBe(1);
    expect(sample(text, 'ascc_http_request_duration_seconds_count', { ...list, status: '200' })).toBe(3);
    expect(
      sample(text, 'ascc_http_request_duration_seconds_bucket', { ...list, status: '200', le: '+Inf' }),
    ).toBe(3);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(sample(text, 'ascc_nats_reconnects_total', { process: 'gateway' })).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes', { process: 'gateway' })).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds', { process: 'gateway' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'ascc_db_query_duration_seconds_count', { kind: 'select' })).toBeGreaterThan(0);
  });

  it('shows a service’s subjects, its outbox and its consumers on its own listener', async () => {
    const training = await scrape(stack.metrics.url('training') as string);
    expect(training).toContain('process="training"');
    expect(
      sample(training, 'ascc_service_requests_total', {
        subject: TRAINING_SUBJECTS.courseList,
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(training, 'ascc_outbox_waiting')).toBe(0);
    expect(sample(training, 'ascc_outbox_oldest_age_seconds')).toBe(0);

    const reporting = await scrape(stack.metrics.url('reporting') as string);
    const consumer = 'reporting-training-course-completed';
    expect(sample(reporting, 'ascc_consumer_pending', { consumer, stream: 'TRAINING' })).toBe(0);
    expect(sample(reporting, 'ascc_consumer_ack_pending', { consumer })).toBe(0);
    expect(sample(reporting, 'ascc_consumer_redelivered', { consumer })).toBeGreaterThanOrEqual(0);
  });

  it('gives administrators errors per minute, the slowest routes and each consumer’s lag', async () => {
    expect((await fetch(`${stack.url}/api/system/metrics`)).status).toBe(401);
    const viewer = (await signIn(stack.url, 'snv.viewer')).accessToken;
    expect((await api('/api/system/metrics', viewer)).status).toBe(403);

    const res = await api('/api/system/metrics');
    expect(res.status).toBe(200);
    const figures = (await res.json()) as SystemMetrics;
    expect(figures.minutes).toHaveLength(figures.windowMinutes);
    const recent = figures.minutes.reduce(
      (sum, m) => ({ requests: sum.requests + m.requests, clientErrors: sum.clientErrors + m.clientErrors }),
      { requests: 0, clientErrors: 0 },
    );
    expect(recent.requests).toBeGreaterThanOrEqual(5);
    // The 404, the two 401s and the viewer's 403 at least: refused, not failed.
    expect(recent.clientErrors).toBeGreaterThanOrEqual(4);
    expect(figures.minutes.every((m) => m.serverErrors === 0)).toBe(true);
    expect(figures.slowestRoutes.map((r) => r.route)).toContain('/api/training/courses');
    for (const r of figures.slowestRoutes) expect(r.p95Ms).toBeGreaterThan(0);
    expect(figures.consumers).toContainEqual({
      service: 'reporting',
      name: 'reporting-training-course-completed',
      status: 'ok',
      pending: 0,
    });
    expect(figures.unreachable).toEqual([]);
  });
});
