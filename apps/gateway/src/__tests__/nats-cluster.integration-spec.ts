import type { Page } from '@ascc/contracts';
import {
  DEMO_ENV,
  type NatsCluster,
  type Stack,
  signIn,
  startNatsCluster,
  startStack,
  waitFor,
} from '@ascc/testing';

const course = (code: string) => ({
  code,
  titleVi: 'Bồi dưỡng ngoại ngữ cho công chức',
  titleEn: 'Foreign language for civil servants',
  topic: 'foreign-language',
  language: 'en',
  targetLevel: 'district',
  agencyCode: 'SNV',
  startDate: '2025-05-05',
  endDate: '2025-05-30',
  capacity: 35,
  costEstimate: 70_000_000,
});

describe('the product on the 3-node NATS cluster of infra/', () => {
  let cluster: NatsCluster;
  let stack: Stack;
  let token = '';
  const post = (body: unknown) =>
    fetch(`${stack.url}/api/training/courses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    cluster = await startNatsCluster();
    stack = await startStack({
      natsServers: cluster.servers,
      natsCredentials: cluster.credentials,
      env: { ...DEMO_ENV, LOG_LEVEL: 'silent' },
    });
    token = (await signIn(stack.url, 'snv.editor')).accessToken;
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
    await cluster?.stop();
  });

  it('keeps serving when a NATS node goes down', async () => {
    expect((await post(course('CL-1'))).status).toBe(201);
    await cluster.stopNode(1);
    await cluster.stopNode(2);
    // Clients reconnect to the node left; the request then goes through again. During the switch an
    // answer may be lost after the course was created: the retry then meets its own course (409). Meanwhile
    // the gateway says 503, never a 500.
    const statuses: number[] = [];
    await waitFor(
      async () => {
        statuses.push((await post(course('CL-2'))).status);
        return [201, 409].includes(statuses[statuses.length - 1]);
      },
      'a create through the remaining node',
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; statuses seen: ${statuses.join(', ')}`);
    });
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual(statuses.filter((s) => s === 503));
    const list = (await (
      await fetch(`${stack.url}/api/training/courses?q=CL`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Page<{
      code: string;
    }>;
    expect(list.items.map((c) => c.code).sort()).toEqual(['CL-1', 'CL-2']);
  });
});
