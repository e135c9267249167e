import { type CreateTrainingCourse, TRAINING_SUBJECTS, type TrainingCourse } from '@ascc/contracts';
import { EventBus, OutboxRelay, metricsRegistry } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../app.module';

const course = (code: string): CreateTrainingCourse => ({
  code,
  titleVi: 'Khóa học đo lường',
  titleEn: 'A measured course',
  topic: 'international-integration',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2024-03-04',
  endDate: '2024-03-08',
  capacity: 60,
  costEstimate: 125_000_000,
});

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
 * Issue 18 item 2, a service's own series: its subjects' requests by status, its statements' durations,
 * and its outbox — rows waiting rise while the relay cannot publish and fall once it does.
 */
describe.each(testDatabaseKinds())('training service metrics on %s', (kind) => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
  }, 60_000);
  afterAll(() => svc?.stop());

  it('counts each subject by status, times its queries, and shows the outbox waiting then drained', async () => {
    // The relay stops: what the next command records waits in the outbox.
    await svc.app.get(OutboxRelay).stop();
    const before = await metricsRegistry.metrics();
    const waitingBefore = sample(before, 'ascc_outbox_waiting') ?? NaN;
    expect(waitingBefore).toBeGreaterThanOrEqual(0);

    const subject = TRAINING_SUBJECTS.courseCreate;
    const created = (status: string) =>
      sample(before, 'ascc_service_requests_total', { subject, status }) ?? 0;
    const [ok, refused] = [created('200'), created('409')];
    // Two courses, both cancelled: each cancellation records a `training.course.cancelled` event.
    for (const code of ['METRICS-1', 'METRICS-2']) {
      const dto = await svc.request<TrainingCourse>(subject, course(code));
      await svc.request(TRAINING_SUBJECTS.courseChangeStatus, {
        id: dto.id,
        version: dto.version,
        status: 'cancelled',
        reason: 'Đo lường',
      });
    }
    // The same code again: refused 409, counted under its own status.
    const refusal = await svc.requestError(TRAINING_SUBJECTS.courseCreate, course('METRICS-1'));
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const during = await metricsRegistry.metrics();
    expect(refusal.status).toBe(409);
    expect(sample(during, 'ascc_service_requests_total', { subject, status: '200' })).toBe(ok + 2);
    expect(sample(during, 'ascc_service_requests_total', { subject, status: '409' })).toBe(refused + 1);
    expect(sample(during, 'ascc_service_request_duration_seconds_count', { subject, status: '200' })).toBe(
      ok + 2,
    );
    expect(
      sample(during, 'ascc_service_request_duration_seconds_bucket', { subject, status: '200', le: '+Inf' }),
    ).toBe(ok + 2);
    expect(
      sample(during, 'ascc_service_requests_total', {
        subject: TRAINING_SUBJECTS.courseChangeStatus,
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(during, 'ascc_db_query_duration_seconds_count', { kind: 'insert', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(sample(during, 'ascc_outbox_waiting')).toBeGreaterThanOrEqual(waitingBefore + 2);
    expect(sample(during, 'ascc_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(1);
    expect(sample(during, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(during, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(during, 'ascc_nats_reconnects_total')).toBe(0);

    // A relay publishes again: nothing waits any more.
    const relay = new OutboxRelay(svc.orm, svc.app.get(EventBus));
    try {
      while ((await relay.publishPending()) > 0);
    } finally {
      await relay.stop();
    }
    const after = await metricsRegistry.metrics();
    expect(sample(after, 'ascc_outbox_waiting')).toBe(0);
    expect(sample(after, 'ascc_outbox_oldest_age_seconds')).toBe(0);
  }, 30_000);
});
