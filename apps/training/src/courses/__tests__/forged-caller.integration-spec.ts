import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout } from 'rxjs';
import { type CreateTrainingCourse, type ServiceErrorBody, TRAINING_SUBJECTS } from '@ascc/contracts';
import { AuditRecord, CallerSigner, HEADER } from '@ascc/service-kit';
import {
  type ServiceHarness,
  TEST_CALLERS,
  signTestCaller,
  startServiceHarness,
  testDatabaseKinds,
} from '@ascc/testing';
import { AppModule } from '../../app.module';
import { TrainingCourse } from '../training-course.entity';

const course: CreateTrainingCourse = {
  code: 'FORGED-1',
  titleVi: 'Khóa học giả mạo',
  titleEn: 'A forged course',
  topic: 'international-integration',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2024-03-04',
  endDate: '2024-03-08',
  capacity: 60,
  costEstimate: 125_000_000,
};

/**
 * Issue 17: the training service believes only a caller the gateway signed for it and for this very
 * request. Any NATS client (this test's server has no users) publishing a forged admin is refused 401,
 * and neither the course nor an audit row is written.
 */
describe.each(testDatabaseKinds())('training refuses callers the gateway did not sign, on %s', (kind) => {
  let svc: ServiceHarness;
  let intruder: ClientNats;
  const admin = TEST_CALLERS.admin;

  /** Sends with the given headers; resolves with the refusal. */
  const refusal = async (caller: string | undefined, correlationId: string | undefined) => {
    const headers = natsHeaders();
    if (correlationId) headers.set(HEADER.correlationId, correlationId);
    if (caller) headers.set(HEADER.caller, caller);
    const record = new NatsRecordBuilder(course).setHeaders(headers).build();
    try {
      await firstValueFrom(intruder.send(TRAINING_SUBJECTS.courseCreate, record).pipe(timeout(10_000)));
    } catch (error) {
      return error as ServiceErrorBody;
    }
    throw new Error('a forged caller was answered');
  };

  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
    intruder = new ClientNats({ servers: [svc.natsUrl] });
    await intruder.connect();
  });
  afterAll(async () => {
    await intruder?.close();
    await svc?.stop();
  });

  it('refuses plain JSON, another key, another audience, another request and an old token; writes nothing', async () => {
    const cid = randomUUID();
    const otherKey = new CallerSigner(generateKeyPairSync('ed25519').privateKey);
    const testKey = (audience: string, at = Date.now()) =>
      signTestCaller(admin, `${audience}.course.create`, cid, at);
    const attempts: Record<string, [string | undefined, string | undefined]> = {
      'no caller': [undefined, cid],
      'plain JSON': [JSON.stringify(admin), cid],
      'another key': [await otherKey.sign(admin, 'training', cid), cid],
      // Signed with the right key, but for the budget service: not usable on training.
      'another audience': [await testKey('budget'), cid],
      // Signed for another request: replaying it under a new correlation id fails.
      'another request': [await testKey('training'), randomUUID()],
      'no correlation id': [await testKey('training'), undefined],
      expired: [await testKey('training', Date.now() - 120_000), cid],
    };
    for (const [what, [caller, correlationId]] of Object.entries(attempts)) {
      expect([what, await refusal(caller, correlationId)]).toEqual([
        what,
        expect.objectContaining({ code: 'UNAUTHENTICATED', status: 401 }),
      ]);
    }
    const em = svc.orm.em.fork();
    expect(await em.count(TrainingCourse, { code: 'FORGED-1' })).toBe(0);
    expect(await em.count(AuditRecord, {})).toBe(0);

    // The same message with a caller signed as the gateway signs it is taken.
    await svc.request(TRAINING_SUBJECTS.courseCreate, course);
    expect(await svc.orm.em.fork().count(TrainingCourse, { code: 'FORGED-1' })).toBe(1);
  });
});
