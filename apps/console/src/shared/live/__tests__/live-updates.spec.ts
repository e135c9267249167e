import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { holdRecord, noticeFor } from '../live-store';
import { invalidateForChange, parseSse, startLiveUpdates } from '../live-updates';

const NGO = 'ngo-1';
const keys = {
  ngoList: ['aid', 'ngos', 'listNgos', { page: 1 }],
  ngo: ['aid', 'ngos', 'getNgo', { id: NGO }],
  otherNgo: ['aid', 'ngos', 'getNgo', { id: 'ngo-2' }],
  dashboard: ['reporting', 'dashboard', {}],
  area: ['reporting', 'area', { code: 'A1' }],
  records: ['reporting', 'records', 'listPlanRecords', { kind: 'course' }],
  reports: ['reporting', 'reports', 'list', { year: 2025 }],
  unread: ['notifications', 'unread-count', 'countUnreadNotifications', {}],
  courses: ['training', 'courses', 'listTrainingCourses', { page: 1 }],
} satisfies Record<string, QueryKey>;

function seeded() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const key of Object.values(keys)) client.setQueryData(key, { seeded: true });
  return client;
}
const stale = (client: QueryClient) =>
  Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, !!client.getQueryState(key)?.isInvalidated]),
  );

const change = (by = 'sngv.editor') => ({
  kind: 'aid.ngo' as const,
  id: NGO,
  action: 'update' as const,
  version: 3,
  fields: ['nameVi'],
  by,
});

/** A streamed response whose body yields these chunks, then ends. */
function streamed(...chunks: string[]): Response {
  const encoder = new TextEncoder();
  let i = 0;
  return {
    ok: true,
    status: 200,
    body: {
      getReader: () => ({
        read: async () =>
          i < chunks.length
            ? { done: false, value: encoder.encode(chunks[i++]) }
            : { done: true, value: undefined },
      }),
    },
  } as unknown as Response;
}

const until = async (probe: () => boolean) => {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(probe()).toBe(true);
};

describe(parseSse.name, () => {
  it('parses complete events and keeps the unfinished rest', () => {
    const { events, rest } = parseSse(
      'retry: 1000\n: live\n\nid: AID:4\nevent: change\ndata: {"a":1}\n\nid: AID:5\nev',
    );
    expect(events).toEqual([{ id: 'AID:4', event: 'change', data: '{"a":1}' }]);
    expect(rest).toBe('id: AID:5\nev');
  });
});

const untouched = { dashboard: false, area: false, records: false, reports: false, unread: false };

describe(invalidateForChange.name, () => {
  it('refreshes the lists and records of the changed kind, not the read model (it has not applied it yet)', async () => {
    const client = seeded();
    await invalidateForChange(client, change());
    expect(stale(client)).toEqual({
      ngoList: true,
      ngo: true,
      otherNgo: true,
      ...untouched,
      courses: false,
    });
  });

  it('refreshes the read model’s pages and the inbox when reporting applied a change, nothing else', async () => {
    const client = seeded();
    await invalidateForChange(client, {
      kind: 'reporting.applied',
      id: 'training.course.completed',
      action: 'update',
      version: null,
      fields: [],
      by: 'reporting',
    });
    expect(stale(client)).toEqual({
      ngoList: false,
      ngo: false,
      otherNgo: false,
      dashboard: true,
      area: true,
      records: true,
      reports: false,
      unread: true,
      courses: false,
    });
  });

  it('refreshes the yearly reports and the inbox (a returned report notifies its author) on a report’s change', async () => {
    const client = seeded();
    await invalidateForChange(client, { ...change(), kind: 'reporting.report', id: 'r-1' });
    expect(stale(client)).toMatchObject({ dashboard: false, reports: true, unread: true, ngoList: false });
  });

  it('leaves a record open in an edit form as it is, and notes who changed it', async () => {
    const client = seeded();
    const release = holdRecord('aid.ngo', NGO);
    await invalidateForChange(client, change());
    expect(stale(client)).toEqual({
      ngoList: true,
      ngo: false,
      otherNgo: true,
      ...untouched,
      courses: false,
    });
    release();
    expect(noticeFor('aid.ngo', NGO)).toBeUndefined();
  });
});

describe(startLiveUpdates.name, () => {
  it('invalidates on each change, resumes with the last event id, and warns an editor of another’s change only', async () => {
    const client = seeded();
    const release = holdRecord('aid.ngo', NGO);
    const requests: RequestInit[] = [];
    const answers = [
      streamed(
        'retry: 1000\n\n',
        `id: AID:7\nevent: change\ndata: ${JSON.stringify(change('me'))}\n\n`,
        `id: AID:8,TRAINING:2\nevent: change\ndata: ${JSON.stringify({ ...change(), id: 'ngo-2' })}\n\n`,
      ),
      streamed(`id: AID:9,TRAINING:2\nevent: change\ndata: ${JSON.stringify(change())}\n\n`),
    ];
    const fetchImpl = jest.fn(async (_url: string, init?: RequestInit) => {
      requests.push(init as RequestInit);
      return answers.shift() ?? new Promise<Response>(() => undefined);
    });
    const stop = startLiveUpdates({
      client,
      token: () => 'token-1',
      renew: async () => undefined,
      me: () => 'me',
      retryMs: 150,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    // One's own change refreshes but shows no notice; another's change of another record neither.
    await until(() => !!client.getQueryState(keys.otherNgo)?.isInvalidated);
    expect(noticeFor('aid.ngo', NGO)).toBeUndefined();
    // The stream dropped: the next connection says where the last one stopped.
    await until(() => requests.length === 2 && !!noticeFor('aid.ngo', NGO));
    const headers = requests.map((r) => r.headers as Record<string, string>);
    expect(headers[0]).toMatchObject({ authorization: 'Bearer token-1' });
    expect(headers[0]['last-event-id']).toBeUndefined();
    expect(headers[1]['last-event-id']).toBe('AID:8,TRAINING:2');
    expect(noticeFor('aid.ngo', NGO)).toMatchObject({ by: 'sngv.editor', version: 3 });
    expect(client.getQueryState(keys.courses)?.isInvalidated).toBe(false);
    stop();
    release();
  });

  it('stops when the session cannot be renewed after a 401', async () => {
    const fetchImpl = jest.fn(async () => ({ ok: false, status: 401 }) as Response);
    const renew = jest.fn(async () => undefined);
    startLiveUpdates({
      client: seeded(),
      token: () => 'expired',
      renew,
      me: () => 'me',
      retryMs: 1,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    await until(() => renew.mock.calls.length === 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
