import { type NatsConnection, connect } from 'nats';
import {
  NATS_AUTH_CONFIG,
  REPO_ROOT,
  type NatsCredentials,
  natsServerEnv,
  newNatsCredentials,
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
    connect({ servers: server.url, user, pass });

  beforeAll(async () => {
    credentials = newNatsCredentials();
    server = await startNatsServer({
      configFile: NATS_AUTH_CONFIG(REPO_ROOT),
      env: natsServerEnv(credentials),
    });
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

  it('refuses a wrong password and an unknown user', async () => {
    await expect(as('training', 'not-the-password')).rejects.toMatchObject({
      code: 'AUTHORIZATION_VIOLATION',
    });
    await expect(connect({ servers: server.url })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });
});
