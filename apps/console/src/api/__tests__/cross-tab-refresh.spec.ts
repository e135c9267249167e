import { jsonResponse, routeFetch } from '../../test/fetch';
import { SNV_EDITOR } from '../../test/users';

type Client = typeof import('../client');
type Store = typeof import('../session-store');
type Coordination = typeof import('../tab-coordination');

/** One console tab: its own copy of the client, its session and its end of the channel. */
interface Tab {
  client: Client;
  store: Store;
  coordination: Coordination;
}

function openTab(): Tab {
  let tab: Tab | undefined;
  jest.isolateModules(() => {
    tab = {
      client: jest.requireActual<Client>('../client'),
      store: jest.requireActual<Store>('../session-store'),
      coordination: jest.requireActual<Coordination>('../tab-coordination'),
    };
  });
  return tab as Tab;
}

/**
 * A browser-wide lock like `navigator.locks`: holders of one name run one after the other; the next
 * holder is granted the lock a moment after the last let go (the browser grants it between processes).
 */
function fakeLocks() {
  const queues = new Map<string, Promise<unknown>>();
  const handover = () => new Promise((resolve) => setTimeout(resolve, 10));
  return {
    request(name: string, task: () => Promise<unknown>) {
      const previous = queues.get(name) ?? Promise.resolve();
      const run = previous.then(handover, handover).then(task);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

/** The browser's BroadcastChannel between tabs: a message reaches the other ends, later, never the sender. */
class FakeBroadcastChannel extends EventTarget {
  static open = new Set<FakeBroadcastChannel>();
  constructor(readonly name: string) {
    super();
    FakeBroadcastChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    for (const other of FakeBroadcastChannel.open) {
      if (other === this || other.name !== this.name) continue;
      setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })), 1);
    }
  }
  close(): void {
    FakeBroadcastChannel.open.delete(this);
  }
}

const REFRESH = '/api/auth/refresh';

/**
 * The gateway's refresh, with its rotation and reuse detection: the shared cookie jar holds one
 * refresh token; a token presented twice ends the sign-in for every tab.
 */
function rotatingServer() {
  let cookie = 1;
  let revoked = false;
  const used = new Set<number>();
  const fetch = routeFetch(async (url) => {
    if (url !== REFRESH)
      return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
    const presented = cookie;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (revoked || used.has(presented)) {
      revoked = true;
      return jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'used twice' });
    }
    used.add(presented);
    cookie = presented + 1;
    return jsonResponse(200, {
      status: 'signed-in',
      accessToken: `access-${cookie}`,
      expiresIn: 300,
      user: SNV_EDITOR,
    });
  });
  return { fetch, refreshes: () => fetch.mock.calls.filter(([url]) => url === REFRESH).length };
}

const original = {
  locks: Object.getOwnPropertyDescriptor(navigator, 'locks'),
  channel: globalThis.BroadcastChannel,
};
const tabs: Tab[] = [];

function twoSignedInTabs(): [Tab, Tab] {
  const a = openTab();
  const b = openTab();
  tabs.push(a, b);
  for (const tab of [a, b])
    tab.client.startSession({
      status: 'signed-in',
      accessToken: 'access-1',
      expiresIn: 300,
      user: SNV_EDITOR,
    });
  return [a, b];
}

beforeEach(() => {
  globalThis.BroadcastChannel = FakeBroadcastChannel as unknown as typeof BroadcastChannel;
});

afterEach(() => {
  for (const tab of tabs.splice(0)) {
    tab.client.endSession();
    tab.coordination.closeSessionChannel();
  }
  if (original.locks) Object.defineProperty(navigator, 'locks', original.locks);
  else delete (navigator as { locks?: unknown }).locks;
  globalThis.BroadcastChannel = original.channel;
});

function useLocks(locks: unknown) {
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
}

describe('renewing across tabs', () => {
  it('lets two tabs renew at the same moment without ending the sign-in: one renews, the other takes its token', async () => {
    useLocks(fakeLocks());
    const server = rotatingServer();
    const [a, b] = twoSignedInTabs();

    const [sessionA, sessionB] = await Promise.all([a.client.renewSession(), b.client.renewSession()]);

    expect(sessionA?.accessToken).toBe('access-2');
    expect(sessionB?.accessToken).toBe('access-2');
    expect(server.refreshes()).toBe(1);
    for (const tab of [a, b]) expect(tab.store.currentAccessToken()).toBe('access-2');
  });

  it('hands a renewed session to a tab that did not ask, so its next request needs no renewal', async () => {
    useLocks(fakeLocks());
    const server = rotatingServer();
    const [a, b] = twoSignedInTabs();

    await a.client.renewSession();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(b.store.currentAccessToken()).toBe('access-2');
    expect(server.refreshes()).toBe(1);
  });

  it('without a channel, the tab that waited renews with the rotated cookie: both stay signed in', async () => {
    // The same happens when the lock reaches the second tab before the first tab's message does.
    useLocks(fakeLocks());
    globalThis.BroadcastChannel = undefined as unknown as typeof BroadcastChannel;
    const server = rotatingServer();
    const [a, b] = twoSignedInTabs();

    const sessions = await Promise.all([a.client.renewSession(), b.client.renewSession()]);

    expect(sessions.map((s) => s?.accessToken).sort()).toEqual(['access-2', 'access-3']);
    expect(server.refreshes()).toBe(2);
    for (const tab of [a, b]) expect(tab.store.getSessionState().status).toBe('signed-in');
  });

  it('falls back to renewing in each tab where the browser has no Web Locks', async () => {
    useLocks(undefined);
    const server = rotatingServer();
    const [a] = twoSignedInTabs();

    await expect(a.client.renewSession()).resolves.toMatchObject({ accessToken: 'access-2' });
    expect(server.refreshes()).toBe(1);
  });

  it('ignores a session another tab announces once this tab has signed out', async () => {
    useLocks(fakeLocks());
    rotatingServer();
    const [a, b] = twoSignedInTabs();
    b.client.endSession('signed-out');

    await a.client.renewSession();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(b.store.getSessionState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });
});
