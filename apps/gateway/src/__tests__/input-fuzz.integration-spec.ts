import fc from 'fast-check';
import { ALL_ROUTES, isSafeText } from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds } from '@ascc/testing';

/**
 * Every route of the OpenAPI document the gateway serves, called with hostile input: valid-shaped
 * messages (built from the document's own schemas) with one field made malicious (NUL, lone surrogates,
 * control and bidirectional characters, 100 000 characters, wrong types, huge and negative numbers,
 * missing and extra fields), malformed path and query parameters, and bodies that are not UTF-8. No
 * answer may be a 5xx, and a refused command may write nothing: its service's audit log (every state
 * change writes a row) has the same length before and after.
 *
 * The cases come from fast-check with a fixed seed, so a failure reproduces; the report names it.
 */

const SEED = 20261204;
/** Random mutations per route: as the administrator, and as an editor (who meets 403s and own-agency rules). */
const RUNS = { admin: 20, editor: 6 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: Json[];
  const?: Json;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  default?: Json;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
};
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
}
interface Route {
  method: string;
  path: string;
  op: Operation;
}

/** Routes that end or change the caller's own session: fuzzed without a token (see below). */
// The live stream (never ends when signed in) is fuzzed without a token too: it must answer 401 at once.
const SESSION_ROUTES = new Set([
  'login',
  'loginTotp',
  'refreshSession',
  'logout',
  'changePassword',
  'streamLiveEvents',
]);

const NUL = 'Hà\u0000Nội';
const LONE_HIGH = 'Thái Bình \uD800';
const LONE_LOW = '\uDC00 Thái Bình';
const MALICIOUS_STRINGS: Json[] = [
  NUL,
  LONE_HIGH,
  LONE_LOW,
  'a\u0007b\u001Bc',
  '\u202Eđảo ngược\u200B\u2028\uFEFF',
  'x'.repeat(100_000),
  '',
  '   ',
  "'; drop table audit; --",
  '1e400',
  '__proto__',
];
const MALICIOUS_VALUES: Json[] = [
  ...MALICIOUS_STRINGS,
  0,
  -1,
  -1e21,
  1.5,
  2 ** 53 + 2,
  1e308,
  -1e308,
  12345,
  true,
  null,
  [],
  [NUL],
  {},
  { $gt: '' },
];
const PATH_VALUES = [
  '%00',
  '%ED%A0%80',
  '%FF',
  '%C0%AF',
  'not-a-uuid',
  'x'.repeat(3000),
  '-1',
  '1e308',
  '00000000-0000-0000-0000-000000000000',
  '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69',
];
/** Query strings as a client could write them, raw (already percent-encoded where needed). */
const QUERY_VALUES = [
  '%00',
  '%ED%A0%80',
  '%FF',
  'x'.repeat(5000),
  '1e308',
  '-1',
  '99999999999999999999999',
  '',
];

/** A value the schema accepts, as plainly as the schema allows (the first option, the minimum…). */
function sample(schema: JsonSchema, root: JsonSchema, ids: Record<string, string>, key = ''): Json {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    return sample(root.$defs?.[name] ?? {}, root, ids, key);
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined && schema.default !== null) return schema.default;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const usable = options.filter((o) => o.type !== 'null');
    return sample(usable[0] ?? options[0], root, ids, key);
  }
  if (schema.allOf) return sample(Object.assign({}, ...schema.allOf), root, ids, key);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const [name, child] of Object.entries(schema.properties ?? {}))
        out[name] = sample(child, root, ids, name);
      return out;
    }
    case 'array': {
      const item = schema.items ?? schema.prefixItems?.[0] ?? {};
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(item, root, ids, key));
    }
    case 'integer':
    case 'number': {
      let value = schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
      if (schema.maximum !== undefined) value = Math.min(value, schema.maximum);
      if (key === 'version') value = 1;
      return value;
    }
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'uuid') return ids[key] ?? ids.id ?? '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69';
      if (schema.format === 'date') return '2025-03-03';
      if (schema.format === 'date-time') return '2025-03-03T08:00:00.000Z';
      if (schema.format === 'email') return 'kiem.thu@example.org';
      let value = 'Kiểm thử';
      if (schema.pattern) {
        try {
          // A plain value: the spoiled ones come from the mutations, one field at a time.
          const matching = fc.stringMatching(new RegExp(schema.pattern)).filter(isSafeText);
          value = fc.sample(matching, { seed: SEED, numRuns: 1 })[0];
        } catch {
          value = 'A1';
        }
      }
      if (schema.minLength && value.length < schema.minLength) value = value.padEnd(schema.minLength, 'a');
      if (schema.maxLength !== undefined) value = value.slice(0, schema.maxLength);
      return value;
    }
    default:
      return 'Kiểm thử';
  }
}

/** Paths of every value inside a message (objects' keys, arrays' indices), the message itself first. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

/** A copy of `value` with the value at `path` replaced (or deleted, for `undefined`). */
function replaced(value: Json, path: (string | number)[], by: Json | undefined): Json {
  if (!path.length) return by === undefined ? {} : by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, Json>;
  const [head, ...rest] = path;
  if (rest.length) copy[head] = replaced(copy[head], rest, by);
  else if (by === undefined) delete copy[head];
  else copy[head] = by;
  return copy as Json;
}

const isString = (value: Json) => typeof value === 'string';
const valueAt = (value: Json, path: (string | number)[]): Json =>
  path.reduce<Json>((v, k) => (v && typeof v === 'object' ? (v as Record<string, Json>)[k] : null), value);

/**
 * What a request with malformed text must answer: a 400, or a 403 where the caller's role may not use
 * the route at all (the permission check comes before the message is read).
 */
const ALLOWED_REFUSALS = [400, 403];

interface Case {
  label: string;
  url: string;
  init: RequestInit;
  /** The statuses the case may answer with, beyond "not a 5xx". */
  expect?: number[];
}

describe.each(testDatabaseKinds())(
  'no 5xx for any input, every route of the OpenAPI document (%s)',
  (database) => {
    let stack: Stack;
    const tokens: Record<'admin' | 'editor', string> = { admin: '', editor: '' };
    const routes: Route[] = [];
    /** Records the fuzz acts on, by the name of the path parameter or field that holds their id, per tag. */
    const ids: Record<string, Record<string, string>> = {};
    let requests = 0;
    /** Hostile requests that were accepted (a bidirectional mark in a title, an extra field dropped…). */
    let accepted = 0;
    const failures: string[] = [];
    const writesNotRefused: string[] = [];
    /** Batches of a command's cases that were all refused, whose audit log was compared. */
    let refusedBatches = 0;

    const send = async (c: Case, token?: string) => {
      requests += 1;
      const init = {
        ...c.init,
        headers: { ...(c.init.headers as object), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      };
      let status = 0;
      let text = '';
      try {
        const res = await fetch(stack.url + c.url, init);
        status = res.status;
        text = await res.text();
      } catch (error) {
        text = String(error);
      }
      if (status >= 200 && status < 300) accepted += 1;
      const bad = status === 0 || status >= 500 || (c.expect !== undefined && !c.expect.includes(status));
      if (bad)
        failures.push(`${c.label} ${c.init.method} ${c.url.slice(0, 160)} → ${status} ${text.slice(0, 300)}`);
      return status;
    };

    const api = async (method: string, path: string, body?: unknown, token = tokens.admin) => {
      const res = await fetch(stack.url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    };

    /**
     * Audit rows of the records a command changes. A refused code or password is itself audited (entity
     * `SignIn`, the security log of failed attempts), so those rows are left out of the identity count.
     */
    const auditTotal = async (tag: string) => {
      // The inbox's routes (/api/notifications) are the reporting service's, audited there.
      const service = ['auth', 'identity'].includes(tag)
        ? 'identity'
        : tag === 'notifications'
          ? 'reporting'
          : tag;
      const total = async (query: string) =>
        Number((await api('GET', `/api/${service}/audit?pageSize=1${query}`)).total);
      return service === 'identity' ? (await total('')) - (await total('&entity=SignIn')) : total('');
    };

    beforeAll(async () => {
      stack = await startStack({
        database,
        env: {
          ...DEMO_ENV,
          SEED_DEMO_USERS: 'true',
          LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
          LOG_LEVEL: 'silent',
        },
      });
      tokens.admin = (await signIn(stack.url, 'admin')).accessToken;
      tokens.editor = (await signIn(stack.url, 'snv.editor')).accessToken;
      const doc = (await (await fetch(`${stack.url}/api/docs/openapi.json`)).json()) as {
        paths: Record<string, Record<string, Operation>>;
      };
      for (const [path, methods] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(methods))
          routes.push({ method: method.toUpperCase(), path, op });

      // One record of the editor's agency per department, so fuzzed commands reach the records' own rules.
      const course = await api('POST', '/api/training/courses', {
        code: 'FZ-1',
        titleVi: 'Khóa kiểm thử',
        titleEn: 'Fuzz course',
        topic: 'it',
        targetLevel: 'province',
        agencyCode: 'SNV',
        startDate: '2025-01-06',
        endDate: '2025-01-07',
        capacity: 10,
        costEstimate: 1_000_000,
      });
      const project = await api('POST', '/api/aid/projects', {
        code: 'FZ-1',
        titleVi: 'Dự án kiểm thử',
        titleEn: 'Fuzz project',
        agencyCode: 'SNV',
        participants: [{ role: 'funding', name: 'Donor' }],
        sectors: [{ code: '11220', percentage: 100 }],
        locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
      });
      const event = await api('POST', '/api/culture/events', {
        titleVi: 'Sự kiện kiểm thử',
        titleEn: 'Fuzz event',
        type: 'exhibition',
        agencyCode: 'SNV',
        venue: 'Thái Bình',
        startDate: '2025-02-01',
        endDate: '2025-02-02',
        costEstimate: 0,
        takesRegistrations: true,
      });
      const estimate = await api('POST', '/api/budget/estimates', {
        agencyCode: 'SNV',
        fiscalYear: 2029,
        titleVi: 'Dự toán kiểm thử',
        lines: [],
      });
      const user = await api('POST', '/api/identity/users', {
        username: 'fuzz.user',
        displayName: 'Người dùng kiểm thử',
        agencyCode: 'SNV',
        roles: ['viewer'],
        password: 'Fuzz-Pass-2025-long',
      });
      ids.training = { id: String(course.id), courseId: String(course.id) };
      ids.aid = { id: String(project.id), projectId: String(project.id) };
      ids.culture = { id: String(event.id), eventId: String(event.id) };
      ids.budget = { id: String(estimate.id) };
      ids.identity = { id: String(user.id) };
    }, 180_000);
    afterAll(() => stack?.stop());

    /** The message parts of a route: path parameters, query and body, filled with plain valid values. */
    function baseline(route: Route) {
      const tag = route.path.split('/')[2];
      const known = ids[tag] ?? {};
      const params = Object.fromEntries(
        route.op.parameters
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, String(sample(p.schema, p.schema, known, p.name))]),
      );
      const query = Object.fromEntries(
        route.op.parameters
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => [p.name, String(sample(p.schema, p.schema, known, p.name))]),
      );
      const bodySchema = route.op.requestBody?.content['application/json'].schema;
      // The body holds the rest of the message: the gateway takes the path's parameters from the path.
      const sampled = bodySchema ? sample(bodySchema, bodySchema, known) : undefined;
      const body =
        sampled && typeof sampled === 'object' && !Array.isArray(sampled)
          ? Object.fromEntries(Object.entries(sampled).filter(([k]) => !(k in params)))
          : sampled;
      return { params, query, body, tag };
    }

    const urlOf = (route: Route, params: Record<string, string>, rawQuery = '') =>
      route.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]) + (rawQuery ? `?${rawQuery}` : '');
    const encode = (params: Record<string, string>) =>
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]));
    const queryOf = (query: Record<string, string>) => new URLSearchParams(query).toString();
    const jsonInit = (method: string, body: unknown): RequestInit => ({
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

    /** The hostile cases of one route: fast-check picks which part of the message to spoil and how. */
    function casesOf(route: Route, runs: number, systematic: boolean): Case[] {
      const { params, query, body } = baseline(route);
      const label = route.op.operationId;
      const pathNames = Object.keys(params);
      const queryNames = route.op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      const cases: Case[] = [];
      const plainUrl = urlOf(route, encode(params), queryOf(query));

      // The message as sampled, then with each value of the body spoiled in turn.
      if (body !== undefined) {
        const bodyPaths = pathsOf(body);
        const spoil = fc.record({
          path: fc.constantFrom(...bodyPaths),
          by: fc.oneof(
            fc.constantFrom<Json | undefined>(...MALICIOUS_VALUES, undefined),
            fc.string({ unit: 'binary', maxLength: 40 }) as fc.Arbitrary<Json>,
          ),
        });
        cases.push({ label, url: plainUrl, init: jsonInit(route.method, body) });
        for (const { path, by } of fc.sample(spoil, { seed: SEED, numRuns: runs }))
          cases.push({ label, url: plainUrl, init: jsonInit(route.method, replaced(body, path, by)) });
        cases.push({
          label: `${label} (extra fields)`,
          url: plainUrl,
          init: jsonInit(route.method, { ...(body as object), zzExtra: NUL, constructor: { prototype: 1 } }),
        });
        if (systematic) {
          // NUL and each lone surrogate in every string the body holds: a 400, always.
          for (const path of bodyPaths.filter((p) => isString(valueAt(body, p))))
            for (const bad of [NUL, LONE_HIGH, LONE_LOW])
              cases.push({
                label: `${label} (${JSON.stringify(bad)} at ${path.join('.')})`,
                url: plainUrl,
                init: jsonInit(route.method, replaced(body, path, bad)),
                expect: ALLOWED_REFUSALS,
              });
          // A body whose bytes are not UTF-8: 400 naming the body, before any route looks at it.
          cases.push({
            label: `${label} (not UTF-8)`,
            url: plainUrl,
            init: {
              method: route.method,
              headers: { 'content-type': 'application/json' },
              body: Buffer.concat([
                Buffer.from('{"titleVi":"'),
                Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
                Buffer.from('"}'),
              ]),
            },
            expect: ALLOWED_REFUSALS,
          });
        }
      }
      // Path parameters, raw in the URL.
      for (const name of pathNames)
        for (const bad of fc.sample(fc.constantFrom(...PATH_VALUES), {
          seed: SEED,
          numRuns: Math.min(runs, 6),
        }))
          cases.push({
            label: `${label} (path ${name})`,
            url: urlOf(route, { ...encode(params), [name]: bad }, queryOf(query)),
            init: { method: route.method, ...(body !== undefined ? jsonInit(route.method, body) : {}) },
          });
      // Query parameters, raw: encoded NUL and surrogates, repeated (an array), nested (an object).
      if (route.method === 'GET' && queryNames.length) {
        const spoil = fc.record({
          name: fc.constantFrom(...queryNames),
          value: fc.constantFrom(...QUERY_VALUES),
          shape: fc.constantFrom('plain', 'repeated', 'nested'),
        });
        for (const { name, value, shape } of fc.sample(spoil, { seed: SEED, numRuns: runs })) {
          const rest = queryOf(Object.fromEntries(Object.entries(query).filter(([k]) => k !== name)));
          const raw =
            shape === 'plain'
              ? `${name}=${value}`
              : shape === 'repeated'
                ? `${name}=${value}&${name}=1`
                : `${name}[a]=${value}`;
          cases.push({
            label: `${label} (query ${name})`,
            url: urlOf(route, encode(params), [rest, raw].filter(Boolean).join('&')),
            init: { method: 'GET' },
          });
        }
        if (systematic && queryNames.includes('q'))
          cases.push({
            label: `${label} (q NUL)`,
            url: urlOf(route, encode(params), `q=%00`),
            init: { method: 'GET' },
            expect: ALLOWED_REFUSALS,
          });
      }
      return cases;
    }

    /**
     * Runs a route's cases as one caller; when no command among them succeeded, the route's service must
     * have written no audit row (a refused command writes nothing).
     */
    async function fuzz(route: Route, who: 'admin' | 'editor', runs: number) {
      const cases = casesOf(route, runs, who === 'admin');
      const command = route.method !== 'GET';
      const tag = route.path.split('/')[2];
      const audited = command && tag !== 'docs' && tag !== 'health';
      const before = audited ? await auditTotal(tag) : 0;
      let succeeded = 0;
      for (const c of cases) {
        const status = await send(c, tokens[who]);
        if (status >= 200 && status < 300) succeeded += 1;
      }
      if (audited && succeeded === 0) {
        refusedBatches += 1;
        const after = await auditTotal(tag);
        if (after !== before)
          writesNotRefused.push(
            `${who} ${route.op.operationId}: ${after - before} audit row(s) after refusals only`,
          );
      }
      return cases.length;
    }

    it('answers every hostile request with a 4xx or a success, and a refused command writes nothing', async () => {
      // The document lists every route of the contracts.
      expect(routes.length).toBe(ALL_ROUTES.length);
      const fuzzed = routes.filter((r) => !SESSION_ROUTES.has(r.op.operationId));
      for (const route of fuzzed) await fuzz(route, 'admin', RUNS.admin);
      for (const route of fuzzed) await fuzz(route, 'editor', RUNS.editor);
      // The session routes, without a token: a caller who has not signed in can reach them.
      for (const route of routes.filter((r) => SESSION_ROUTES.has(r.op.operationId)))
        for (const c of casesOf(route, RUNS.admin, false)) await send(c);

      console.log(
        `${database}: ${requests} hostile requests over ${routes.length} routes (${accepted} accepted); ` +
          `${refusedBatches} commands' refused batches wrote no audit row`,
      );
      expect(failures).toEqual([]);
      expect(writesNotRefused).toEqual([]);
      expect(requests).toBeGreaterThan(3000);
      expect(refusedBatches).toBeGreaterThan(40);
    }, 600_000);

    it('refuses NUL in the search parameter and a path parameter without a 500', async () => {
      const list = await fetch(`${stack.url}/api/training/courses?q=%00`, {
        headers: { authorization: `Bearer ${tokens.admin}` },
      });
      expect(list.status).toBe(400);
      expect(((await list.json()) as { fields: unknown[] }).fields).toEqual([
        expect.objectContaining({ path: 'q', params: { rule: 'malformedText' } }),
      ]);
      const get = await fetch(`${stack.url}/api/training/courses/%00`, {
        headers: { authorization: `Bearer ${tokens.admin}` },
      });
      expect([400, 404]).toContain(get.status);
    });

    it('answers a body that is not UTF-8 with a 400 naming the body, and a body too large with a 413 even before sign-in', async () => {
      const notUtf8 = await fetch(`${stack.url}/api/training/courses`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
        body: Buffer.concat([Buffer.from('{"titleVi":"Kh'), Buffer.from([0xc3, 0x28]), Buffer.from('a"}')]),
      });
      expect(notUtf8.status).toBe(400);
      expect(await notUtf8.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'body', code: 'custom', params: { rule: 'malformedText' } }],
      });
      const tooLarge = await fetch(`${stack.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'x'.repeat(9 * 1024 * 1024) }),
      });
      expect(tooLarge.status).toBe(413);
    });

    it('refuses a lone surrogate in a title instead of storing "�"', async () => {
      const res = await fetch(`${stack.url}/api/training/courses/${ids.training.id}`, {
        headers: { authorization: `Bearer ${tokens.admin}` },
      });
      const course = (await res.json()) as Record<string, unknown>;
      const update = await fetch(`${stack.url}/api/training/courses/${ids.training.id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...course, titleVi: 'Khóa \uD800 học' }),
      });
      expect(update.status).toBe(400);
      expect(await update.json()).toMatchObject({
        fields: [expect.objectContaining({ path: 'titleVi', params: { rule: 'malformedText' } })],
      });
      const after = (await (
        await fetch(`${stack.url}/api/training/courses/${ids.training.id}`, {
          headers: { authorization: `Bearer ${tokens.admin}` },
        })
      ).json()) as Record<string, unknown>;
      expect(after.titleVi).toBe(course.titleVi);
    });
  },
);
