import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ClientNats } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
import {
  AID_ROUTES,
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  type GatewayHealth,
  HEALTH_SUBJECTS,
  type Page,
  type RouteContract,
  type ServiceErrorBody,
  type ServiceHealth,
  TRAINING_ROUTES,
} from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds } from '@ascc/testing';

const TIMEOUT_MS = 1500;

/** One valid record per department, with the list route that must find it afterwards. */
const DEPARTMENTS: {
  name: string;
  create: RouteContract;
  list: RouteContract;
  body: Record<string, unknown>;
  find: string;
}[] = [
  {
    name: 'training course',
    create: TRAINING_ROUTES.courseCreate,
    list: TRAINING_ROUTES.courseList,
    body: {
      code: 'NV-2025-07',
      titleVi: 'Bồi dưỡng kiến thức về Cộng đồng ASEAN',
      titleEn: 'ASEAN Community knowledge',
      topic: 'asean-cooperation',
      targetLevel: 'province',
      agencyCode: 'SNV',
      startDate: '2025-04-01',
      endDate: '2025-04-03',
      capacity: 80,
      costEstimate: 96_500_000,
    },
    find: 'cong dong asean',
  },
  {
    name: 'NGO',
    create: AID_ROUTES.ngoCreate,
    list: AID_ROUTES.ngoList,
    body: {
      nameOriginal: 'Plan International',
      nameVi: 'Tổ chức Plan Quốc tế',
      countryCode: 'GB',
      kind: 'international-ngo',
      agencyCode: 'SNGV',
    },
    find: 'plan quoc te',
  },
  {
    name: 'cultural event',
    create: CULTURE_ROUTES.eventCreate,
    list: CULTURE_ROUTES.eventList,
    body: {
      titleVi: 'Tuần văn hóa ASEAN tại Thái Bình',
      titleEn: 'ASEAN culture week in Thai Binh',
      type: 'culture-week',
      agencyCode: 'SVHTTDL',
      districtCode: 'TP-THAIBINH',
      venue: 'Quảng trường Thái Bình',
      startDate: '2024-08-08',
      endDate: '2024-08-12',
      countryCodes: ['LA', 'KH', 'TH'],
      costEstimate: 450_000_000,
    },
    find: 'tuan van hoa',
  },
  {
    name: 'budget estimate',
    create: BUDGET_ROUTES.estimateCreate,
    list: BUDGET_ROUTES.estimateList,
    body: {
      agencyCode: 'SVHTTDL',
      fiscalYear: 2025,
      titleVi: 'Dự toán kinh phí thực hiện Kế hoạch 38 năm 2025',
      lines: [
        {
          description: 'Tuần văn hóa ASEAN',
          planArea: 'III.5',
          fundingSource: 'PROVINCIAL_BUDGET',
          quantity: 1,
          unitCost: 1_250_000_000,
        },
      ],
    },
    find: 'ke hoach 38',
  },
];

describe.each(testDatabaseKinds())('gateway → NATS → services → %s', (database) => {
  let stack: Stack;
  let token = '';
  /** Calls the API as the signed-in administrator, who may do everything. */
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${stack.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  const post = (path: string, body: unknown) =>
    api(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** A console build of two files, served by the gateway as the real one is. */
  const consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-console-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(consoleDir, 'assets'));
    fs.writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>ASCC</title>');
    fs.writeFileSync(path.join(consoleDir, 'assets', 'index-abc123.js'), 'console.log(1);');
    // A script as the build writes it: plain, and brotli and gzip copies beside it.
    const script = Buffer.from(`console.log(${JSON.stringify('bảng '.repeat(400))});`);
    fs.writeFileSync(path.join(consoleDir, 'assets', 'big-def456.js'), script);
    fs.writeFileSync(path.join(consoleDir, 'assets', 'big-def456.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(consoleDir, 'assets', 'big-def456.js.gz'), zlib.gzipSync(script));
    // A file where an API route is: the route answers, never the file (nor a stat of it per request).
    fs.mkdirSync(path.join(consoleDir, 'api'));
    fs.writeFileSync(path.join(consoleDir, 'api', 'health'), 'a file, not the health check');
    stack = await startStack({
      database,
      copies: { training: 2 },
      // Demo users on PostgreSQL too, for this suite only (they are never seeded there otherwise).
      env: {
        ...DEMO_ENV,
        SEED_DEMO_USERS: 'true',
        CONSOLE_DIR: consoleDir,
        REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
        LOG_LEVEL: 'silent',
      },
    });
    token = (await signIn(stack.url, 'admin')).accessToken;
  }, 90_000);
  afterAll(() => stack?.stop());

  it('reports every service healthy with a round-trip time', async () => {
    const res = await api('/api/health');
    expect(res.status).toBe(200);
    const health = (await res.json()) as GatewayHealth;
    expect(health.status).toBe('ok');
    expect(health.services.map((s) => s.service).sort()).toEqual([
      'aid',
      'budget',
      'culture',
      'reporting',
      'training',
    ]);
    for (const s of health.services) {
      expect(s).toMatchObject({ status: 'up', database: 'up', databaseKind: database });
      expect(s.roundTripMs).toBeGreaterThan(0);
    }
  });

  it('spreads requests over the copies of a service through its NATS queue group', async () => {
    const client = new ClientNats({
      servers: [stack.natsUrl],
      user: 'gateway',
      pass: stack.natsCredentials?.gateway,
    });
    await client.connect();
    try {
      const instances = new Set<string>();
      for (let i = 0; i < 40; i++) {
        instances.add(
          (await firstValueFrom(client.send<ServiceHealth>(HEALTH_SUBJECTS.training, {}))).instance,
        );
      }
      expect(instances.size).toBe(2);
    } finally {
      await client.close();
    }
  });

  it.each(DEPARTMENTS)('creates a $name and finds it in its list', async ({ create, list, body, find }) => {
    const res = await post(create.path, body);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    const read = await api(`${create.path}/${created.id}`);
    expect(await read.json()).toEqual(created);
    const found = (await (await api(`${list.path}?q=${encodeURIComponent(find)}`)).json()) as Page<{
      id: string;
    }>;
    expect(found.items.map((i) => i.id)).toContain(created.id);
  });

  it('answers a malformed body with 400 naming the field, and writes nothing', async () => {
    const before = ((await (await api('/api/budget/estimates')).json()) as Page<unknown>).total;
    const res = await post('/api/budget/estimates', {
      ...DEPARTMENTS[3].body,
      fiscalYear: 2031,
      lines: [{ ...(DEPARTMENTS[3].body.lines as object[])[0], unitCost: 12.5 }],
    });
    expect(res.status).toBe(400);
    const error = (await res.json()) as ServiceErrorBody;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['fiscalYear', 'lines.0.unitCost']);
    const after = ((await (await api('/api/budget/estimates')).json()) as Page<unknown>).total;
    expect(after).toBe(before);
  });

  it('answers invalid JSON with a 400 JSON error', async () => {
    const res = await api('/api/training/courses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
  });

  it('holds every body to 100 KB (sign-in included) and an upload route to 8 MB: 413 naming the limit', async () => {
    // 150 KB: far under the old 8 MB limit on every route.
    const login = await fetch(`${stack.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'x'.repeat(150 * 1024) }),
    });
    const course = await post('/api/training/courses', {
      ...DEPARTMENTS[0].body,
      notes: 'x'.repeat(150 * 1024),
    });
    for (const res of [login, course]) {
      expect(res.status).toBe(413);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as ServiceErrorBody;
      expect(body).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        status: 413,
        message: 'The request is larger than 100 KB',
        fields: [{ params: { rule: 'bodyTooLarge', maxKilobytes: 100 } }],
      });
      expect(JSON.stringify(body)).not.toMatch(/stack|entity\.too\.large|node_modules/);
    }
    const upload = await api('/api/training/trainees/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        file: { fileName: 'big.xlsx', contentType: 'x', base64: 'A'.repeat(9 * 1024 * 1024) },
      }),
    });
    expect(upload.status).toBe(413);
    expect(await upload.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: [{ params: { rule: 'bodyTooLarge', maxKilobytes: 8192 } }],
    }); // A long estimate is a form past 100 KB: its route takes it.
    const line = (DEPARTMENTS[3].body.lines as object[])[0];
    const long = {
      ...DEPARTMENTS[3].body,
      fiscalYear: 2028,
      lines: Array(80).fill({ ...line, notes: 'Ghi chú '.repeat(250) }),
    };
    expect(JSON.stringify(long).length).toBeGreaterThan(150 * 1024);
    expect((await post('/api/budget/estimates', long)).status).toBe(201);
  });

  it('answers every API response with no-store, while the static console keeps its caching', async () => {
    for (const res of [
      await api('/api/training/courses'),
      await api(`/api/training/courses/00000000-0000-4000-8000-000000000000`),
      await fetch(`${stack.url}/api/training/courses`),
      await fetch(`${stack.url}/api/no-such-route`),
      await fetch(`${stack.url}/api/health`),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('pragma')).toBe('no-cache');
    }
    const health = await fetch(`${stack.url}/api/health`);
    expect(health.headers.get('content-type')).toContain('application/json');
    expect(await health.text()).not.toContain('a file');
    const asset = await fetch(`${stack.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${stack.url}/training/courses`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it("sends the build's compressed copy of a script to a browser that accepts it, with the script's type", async () => {
    const plain = fs.readFileSync(path.join(consoleDir, 'assets', 'big-def456.js'));
    const raw = async (encoding: string) => {
      // node:http, not fetch: fetch would undo the encoding before the test could see it.
      const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http
          .get(`${stack.url}/assets/big-def456.js`, { headers: { 'accept-encoding': encoding } }, resolve)
          .on('error', reject),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      return { headers: res.headers, status: res.statusCode, body: Buffer.concat(chunks) };
    };
    const br = await raw('gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.body.length).toBeLessThan(plain.length / 5);
    expect(zlib.brotliDecompressSync(br.body).equals(plain)).toBe(true);
    const gz = await raw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain)).toBe(true);
    const none = await raw('identity');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    // A file the build did not compress is sent as it is.
    const tiny = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${stack.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br' } }, resolve),
    );
    tiny.resume();
    expect(tiny.headers['content-encoding']).toBeUndefined();
  });

  it('answers a second estimate for the same agency and year with a 409 naming the rule, agency and year', async () => {
    const res = await post('/api/budget/estimates', DEPARTMENTS[3].body);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      code: 'CONFLICT',
      fields: [
        {
          path: 'fiscalYear',
          params: {
            rule: 'estimateExists',
            agencyCode: DEPARTMENTS[3].body.agencyCode,
            year: DEPARTMENTS[3].body.fiscalYear,
          },
        },
      ],
    });
  });

  it('answers an unknown id with 404 and an unknown route with a JSON 404', async () => {
    const missing = await api('/api/aid/ngos/3f1d2c4b-5a69-4e7b-8c51-0d2f3c4b5a69');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    const unknown = await api('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('sends security headers and a correlation id', async () => {
    const res = await api('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI document generated from the contract schemas', async () => {
    const doc = (await (await api('/api/docs/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>
      >;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/training/courses',
        '/api/training/courses/{id}',
        '/api/aid/ngos',
        '/api/culture/events',
        '/api/budget/estimates',
      ]),
    );
    const required =
      doc.paths['/api/budget/estimates'].post.requestBody?.content['application/json'].schema.required;
    expect(required).toEqual(expect.arrayContaining(['agencyCode', 'fiscalYear', 'titleVi']));
    expect((await api('/api/docs')).headers.get('content-type')).toContain('text/html');
  });

  it('answers 503 after the timeout, not a hang, when a service is stuck', async () => {
    stack.pauseService('training', true);
    try {
      const started = Date.now();
      const res = await api('/api/training/courses');
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('in time'),
      });
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1000);
    } finally {
      stack.pauseService('training', false);
    }
    expect((await api('/api/training/courses')).status).toBe(200);
  });

  it('answers 503 at once when a service is stopped, and recovers when it is back', async () => {
    await stack.stopService('culture');
    const started = Date.now();
    const res = await api('/api/culture/events');
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(elapsed).toBeLessThan(TIMEOUT_MS);
    const health = (await (await api('/api/health')).json()) as GatewayHealth;
    expect(health.status).toBe('degraded');
    expect(health.services.find((s) => s.service === 'culture')?.status).toBe('down');

    await stack.startService('culture');
    const back = await api('/api/culture/events');
    expect(back.status).toBe(200);
    expect(((await back.json()) as Page<unknown>).total).toBe(1);
  });
});
