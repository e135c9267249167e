import { AckPolicy, JSONCodec, type NatsConnection, StorageType, connect } from 'nats';
import { BUDGET_EVENTS, FUNDING_SUBJECTS, TRAINING_SUBJECTS } from '@ascc/contracts';
import {
  NATS_AUTH_CONFIG,
  REPO_ROOT,
  type NatsCredentials,
  natsServerEnv,
  newNatsCredentials,
  provisionNatsStreams,
  startNatsServer,
} from '../index';

/** Errors a connection reports about itself (permission violations arrive asynchronously). */
function collectErrors(nc: NatsConnection): string[] {
  const errors: string[] = [];
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'error') errors.push(String(status.data));
    }
  })();
  return errors;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('NATS users of infra/nats/auth.conf', () => {
  let server: Awaited<ReturnType<typeof startNatsServer>>;
  let credentials: NatsCredentials;
  const as = (user: keyof NatsCredentials, pass = credentials[user]) =>
    connect({
      servers: server.url,
      user,
      pass,
      inboxPrefix: user === 'gateway' ? '_INBOX' : `_INBOX_${user}`,
    });
  /** The messages a stream holds, read by the provisioning user. */
  const storedIn = async (stream: string) => {
    const nc = await as('provision');
    const info = await (await nc.jetstreamManager()).streams.info(stream);
    await nc.close();
    return info.state.messages;
  };

  beforeAll(async () => {
    credentials = newNatsCredentials();
    server = await startNatsServer({
      configFile: NATS_AUTH_CONFIG(REPO_ROOT),
      env: natsServerEnv(credentials),
    });
    await provisionNatsStreams({ servers: server.url, user: 'provision', password: credentials.provision });
  });
  afterAll(() => server?.stop());

  it('lets the gateway ask a service and the service answer', async () => {
    const gateway = await as('gateway');
    const training = await as('training');
    training.subscribe('training.course.get', {
      callback: (_, msg) => msg.respond(new TextEncoder().encode('ok')),
    });
    await training.flush();
    const reply = await gateway.request('training.course.get', new Uint8Array(), { timeout: 2000 });
    expect(new TextDecoder().decode(reply.data)).toBe('ok');
    await Promise.all([gateway.close(), training.close()]);
  });

  it("stops one service from listening to another's subjects or publishing requests", async () => {
    const aid = await as('aid');
    const heardByAid: string[] = [];
    aid.subscribe('aid.ngo.list', { callback: (err, msg) => !err && heardByAid.push(msg.subject) });
    await aid.flush();

    const training = await as('training');
    const errors = collectErrors(training);
    const overheard: string[] = [];
    const refusals: string[] = [];
    training.subscribe('aid.ngo.create', {
      callback: (err, msg) => (err ? refusals.push(err.message) : overheard.push(msg.subject)),
    });
    await training.flush().catch(() => undefined);
    training.publish('aid.ngo.list', new Uint8Array());
    await training.flush().catch(() => undefined);

    const gateway = await as('gateway');
    gateway.publish('aid.ngo.create', new Uint8Array());
    await gateway.flush();
    await settle();

    expect(overheard).toEqual([]);
    expect(heardByAid).toEqual([]);
    expect(refusals.join()).toMatch(/Permissions Violation for Subscription to "aid\.ngo\.create"/);
    expect(errors.filter((e) => e === 'PERMISSIONS_VIOLATION').length).toBeGreaterThanOrEqual(2);
    await Promise.all([gateway.close(), training.close(), aid.close()]);
  });

  it('refuses the gateway publishing a domain event or an internal lookup, over core NATS and JetStream', async () => {
    const gateway = await as('gateway');
    const errors = collectErrors(gateway);
    const before = await storedIn('BUDGET');
    const forged = JSONCodec().encode({
      eventId: 'forged',
      subject: BUDGET_EVENTS.lineFunded.subject,
      data: {},
    });
    gateway.publish(BUDGET_EVENTS.lineFunded.subject, forged);
    gateway.publish(FUNDING_SUBJECTS.cultureLookup, new Uint8Array());
    await gateway.flush();
    await expect(
      gateway.jetstream().publish(BUDGET_EVENTS.lineFunded.subject, forged, { timeout: 1000 }),
    ).rejects.toThrow();
    await settle();
    expect(errors.filter((e) => e === 'PERMISSIONS_VIOLATION').length).toBeGreaterThanOrEqual(3);
    expect(await storedIn('BUDGET')).toBe(before);
    // …while its requests still go through (the service answers).
    const training = await as('training');
    training.subscribe(TRAINING_SUBJECTS.courseList, {
      callback: (_, msg) => msg.respond(new TextEncoder().encode('ok')),
    });
    await training.flush();
    const reply = await gateway.request(TRAINING_SUBJECTS.courseList, new Uint8Array(), { timeout: 2000 });
    expect(new TextDecoder().decode(reply.data)).toBe('ok');
    await Promise.all([gateway.close().catch(() => undefined), training.close()]);
  });

  it('lets the gateway read record changes through an ephemeral consumer only, never a durable one', async () => {
    const gateway = await as('gateway');
    const jsm = await gateway.jetstreamManager({ checkAPI: false });
    expect((await jsm.streams.info('BUDGET')).config.name).toBe('BUDGET');
    const ephemeral = await jsm.consumers.add('BUDGET', {
      deliver_subject: '_INBOX.live-test',
      ack_policy: AckPolicy.None,
      filter_subject: BUDGET_EVENTS.recordChanged.subject,
    });
    expect(ephemeral.config.durable_name).toBeUndefined();
    // A durable consumer of its own, or pulling from a service's, is refused.
    await expect(
      jsm.consumers.add('BUDGET', { durable_name: 'gateway-live', ack_policy: AckPolicy.None }),
    ).rejects.toThrow();
    await expect(
      gateway.request('$JS.API.CONSUMER.MSG.NEXT.TRAINING.budget-training-course-cancelled', undefined, {
        timeout: 1000,
      }),
    ).rejects.toThrow();
    await gateway.close().catch(() => undefined);
  });

  it('lets a service read its stream but not create, update, purge or delete one', async () => {
    const budget = await as('budget');
    await budget.jetstream().publish(BUDGET_EVENTS.lineFunded.subject, new Uint8Array(), { msgID: 'real-1' });
    const stored = await storedIn('BUDGET');
    expect(stored).toBeGreaterThan(0);
    const jsm = await budget.jetstreamManager({ checkAPI: false, timeout: 1000 });
    const info = await jsm.streams.info('BUDGET');
    expect(info.config.storage).toBe(StorageType.File);
    const refused = (p: Promise<unknown>) => expect(p).rejects.toThrow();
    await refused(jsm.streams.delete('BUDGET'));
    await refused(jsm.streams.purge('BUDGET'));
    await refused(jsm.streams.update('BUDGET', { ...info.config, subjects: ['budget.>'] }));
    await refused(jsm.streams.add({ name: 'BUDGET2', subjects: ['budget.estimate.create'] }));
    await refused(jsm.streams.deleteMessage('BUDGET', info.state.last_seq));
    // Another service's stream is not its to change either.
    await refused(jsm.streams.delete('TRAINING'));
    await budget.close().catch(() => undefined);
    // All still there, as provisioned.
    const provision = await as('provision');
    const after = await (await provision.jetstreamManager()).streams.info('BUDGET');
    expect(after.config.subjects.sort()).toEqual([
      'budget.deadline.changed',
      'budget.estimate.approved',
      'budget.estimate.returned',
      'budget.estimate.submitted',
      'budget.line.funded',
      'budget.record.changed',
    ]);
    expect(after.state.messages).toBe(stored);
    await expect((await provision.jetstreamManager()).streams.info('BUDGET2')).rejects.toThrow();
    await provision.close();
  });

  it('refuses a wrong password and an unknown user', async () => {
    await expect(as('training', 'not-the-password')).rejects.toMatchObject({
      code: 'AUTHORIZATION_VIOLATION',
    });
    await expect(connect({ servers: server.url })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });
});
