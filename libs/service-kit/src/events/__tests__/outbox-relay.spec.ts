import type { MikroORM } from '@mikro-orm/core';
import type { EventBus } from '../event-bus';
import { DEFAULT_OUTBOX_POLL_MS, OutboxRelay, outboxPollMs } from '../outbox-relay';

/** Just enough of an ORM for the relay's commit watch to attach to; the outbox itself is stubbed. */
const fakeOrm = () =>
  ({
    em: {
      getEventManager: () => ({ registerSubscriber: () => undefined }),
      getDriver: () => ({ nativeInsert: async () => ({}), nativeInsertMany: async () => ({}) }),
    },
  }) as unknown as MikroORM;
const fakeBus = { service: 'budget', logger: { warn: () => undefined } } as unknown as EventBus;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A relay whose look at the outbox runs `look` (by call number) instead of a query. */
function relayWith(look: (call: number, relay: OutboxRelay) => Promise<number> | number) {
  const relay = new OutboxRelay(fakeOrm(), fakeBus, 60_000);
  const calls = { n: 0 };
  jest.spyOn(relay, 'prepare').mockResolvedValue();
  jest.spyOn(relay, 'publishPending').mockImplementation(async () => look(++calls.n, relay));
  return { relay, calls };
}

async function until(check: () => boolean, ms = 2000) {
  for (const end = Date.now() + ms; !check(); await sleep(5))
    if (Date.now() > end) throw new Error('timed out');
}

describe(OutboxRelay.name, () => {
  it('polls every OUTBOX_POLL_MS when idle, 5 s unless set', () => {
    expect(DEFAULT_OUTBOX_POLL_MS).toBe(5000);
    expect(outboxPollMs({})).toBe(5000);
    expect(outboxPollMs({ OUTBOX_POLL_MS: '60000' })).toBe(60_000);
    expect(outboxPollMs({ OUTBOX_POLL_MS: 'soon' })).toBe(5000);
    expect(outboxPollMs({ OUTBOX_POLL_MS: '0' })).toBe(5000);
  });

  it('looks again at once when woken, and not before', async () => {
    const { relay, calls } = relayWith(() => 0);
    relay.start();
    await until(() => calls.n === 1);
    await sleep(50);
    expect(calls.n).toBe(1);
    relay.kick();
    await until(() => calls.n === 2);
    await relay.stop();
  });

  it('does not lose a wake that comes while it is looking', async () => {
    // The commit lands after the query read nothing but before the relay goes idle.
    const { relay, calls } = relayWith((call, r) => {
      if (call === 1) r.kick();
      return 0;
    });
    relay.start();
    await until(() => calls.n === 2, 1000);
    await relay.stop();
  });

  it('looks again at once after a full batch, but idles after a partial one', async () => {
    const { relay, calls } = relayWith((call) => (call === 1 ? 100 : call === 2 ? 3 : 0));
    relay.start();
    await until(() => calls.n === 2);
    await sleep(50);
    expect(calls.n).toBe(2);
    await relay.stop();
  });

  it('keeps its back-off after a failure even when woken', async () => {
    const { relay, calls } = relayWith((call) => {
      if (call === 1) throw new Error('NATS is down');
      return 0;
    });
    relay.start();
    await until(() => calls.n === 1);
    relay.kick();
    await sleep(20);
    // The retry comes after the 250 ms back-off, not at the wake.
    expect(calls.n).toBe(1);
    await until(() => calls.n === 2);
    await relay.stop();
  });

  it('stops at once, even in a long idle wait', async () => {
    const { relay, calls } = relayWith(() => 0);
    relay.start();
    await until(() => calls.n === 1);
    const started = Date.now();
    await relay.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    relay.kick();
    await sleep(20);
    expect(calls.n).toBe(1);
  });
});
