import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout } from 'rxjs';
import { type Caller, type ServiceErrorBody, TRAINING_ROUTES as R, TRAINING_SUBJECTS } from '@ascc/contracts';
import { CallerSigner, HEADER } from '@ascc/service-kit';
import { DEMO_ENV, type Stack, signIn, startStack } from '@ascc/testing';

/**
 * Issue 17: a process holding valid NATS credentials — here the gateway's own NATS password, as a
 * compromised neighbour reading it would — but not the gateway's caller-signing key cannot act as
 * anyone: a forged admin caller is refused 401 by the service and nothing is written.
 */
describe('services verify who calls', () => {
  let stack: Stack;
  let intruder: ClientNats;
  let editor = '';

  const FORGED_ADMIN: Caller = {
    userId: randomUUID(),
    username: 'admin',
    agencyCode: 'VPUBND',
    roles: ['admin'],
  };
  const course = {
    code: 'FORGED-1',
    titleVi: 'Khóa học giả mạo',
    titleEn: 'A forged course',
    topic: 'international-integration',
    targetLevel: 'commune',
    agencyCode: 'SNV',
    startDate: '2022-10-03',
    endDate: '2022-10-04',
    sessions: [{ date: '2022-10-03', topic: 'ASEAN' }],
    capacity: 10,
    costEstimate: 30_000_000,
  };

  /** Publishes as the intruder with the given caller header; resolves with the service's refusal. */
  const refusalOf = async (subject: string, data: unknown, caller?: (cid: string) => Promise<string>) => {
    const headers = natsHeaders();
    const correlationId = randomUUID();
    headers.set(HEADER.correlationId, correlationId);
    if (caller) headers.set(HEADER.caller, await caller(correlationId));
    const record = new NatsRecordBuilder(data).setHeaders(headers).build();
    try {
      await firstValueFrom(intruder.send(subject, record).pipe(timeout(10_000)));
    } catch (error) {
      return error as ServiceErrorBody;
    }
    throw new Error(`${subject} answered a forged caller`);
  };

  const courseCodes = async () => {
    const res = await fetch(`${stack.url}/api/training/courses?pageSize=100`, {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { code: string }[] }).items
      .map((c) => c.code)
      .filter((code) => code.startsWith('FORGED'));
  };

  beforeAll(async () => {
    stack = await startStack({ env: { ...DEMO_ENV, LOG_LEVEL: 'silent' } });
    editor = (await signIn(stack.url, 'snv.editor')).accessToken;
    if (!stack.natsCredentials) throw new Error('the embedded stack runs with NATS users');
    intruder = new ClientNats({
      servers: [stack.natsUrl],
      user: 'gateway',
      pass: stack.natsCredentials.gateway,
    });
    await intruder.connect();
  }, 120_000);
  afterAll(async () => {
    await intruder?.close();
    await stack?.stop();
  });

  it('refuses a forged admin creating a course — plain JSON, another key, or no caller — and writes nothing', async () => {
    expect(R.courseCreate.subject).toBe(TRAINING_SUBJECTS.courseCreate);
    const plainJson = await refusalOf(R.courseCreate.subject, course, async () =>
      JSON.stringify(FORGED_ADMIN),
    );
    expect(plainJson).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    // A well-formed token — right audience, correlation id, lifetime — signed with a key of its own.
    const otherKey = new CallerSigner(generateKeyPairSync('ed25519').privateKey);
    const otherSigner = await refusalOf(R.courseCreate.subject, course, (cid) =>
      otherKey.sign(FORGED_ADMIN, 'training', cid),
    );
    expect(otherSigner).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    expect(await refusalOf(R.courseCreate.subject, course)).toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    // Reading is refused as well: the course list (and the trainees' personal data) stay closed.
    expect(
      await refusalOf(R.traineeList.subject, {}, async () => JSON.stringify(FORGED_ADMIN)),
    ).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    expect(await courseCodes()).toEqual([]);
  });

  it('still accepts the same course from a caller the gateway signed', async () => {
    const res = await fetch(`${stack.url}/api/training/courses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify(course),
    });
    expect(res.status).toBe(201);
    expect(await courseCodes()).toEqual(['FORGED-1']);
  });
});
