import { todayIsoDate } from '@ascc/catalog';
import { type PublicProgress, REPORTING_ROUTES, type YearlyReport } from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds } from '@ascc/testing';

/**
 * The public progress page's route through the real gateway (issue 20 item 6): no sign-in, PUBLISHED
 * values only (a reported value once the coordinator accepts its report, not while it is a draft or
 * submitted), an allow-list with nothing internal (no ids, versions, sources, comments, reporting
 * agency), kept a minute by caches, and rate-limited per address like a public route must be.
 */
describe.each(testDatabaseKinds())('the public progress page through the gateway on %s', (database) => {
  let stack: Stack;
  let coordinator = '';
  let admin = '';
  const PATH = REPORTING_ROUTES.publicProgress.path;
  const RATE_LIMIT = 12;
  const api = (path: string, token: string, method = 'GET', body?: unknown) =>
    fetch(`${stack.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  const json = async <T>(res: Response, status = 200): Promise<T> => {
    const body = await res.text();
    expect([res.status, body]).toEqual([status, expect.any(String)]);
    return JSON.parse(body) as T;
  };
  let publicCalls = 0;
  const publicPage = async () => {
    publicCalls += 1;
    const res = await fetch(`${stack.url}${PATH}`);
    const raw = await res.text();
    return { res, raw, body: JSON.parse(raw) as PublicProgress };
  };
  const indicatorOf = (body: PublicProgress, code: string) =>
    body.areas.flatMap((a) => a.indicators).find((i) => i.code === code);

  beforeAll(async () => {
    stack = await startStack({
      database,
      env: {
        ...DEMO_ENV,
        SEED_DEMO_USERS: 'true',
        LOG_LEVEL: 'silent',
        PUBLIC_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      },
    });
    coordinator = (await signIn(stack.url, 'sldtbxh.coordinator')).accessToken;
    admin = (await signIn(stack.url, 'admin')).accessToken;
  }, 90_000);
  afterAll(() => stack?.stop());

  it('shows a reported value only once its report is accepted, without anything internal, to anyone', async () => {
    const created = await api('/api/reporting/indicators', coordinator, 'POST', {
      code: 'III.2-PUB',
      nameVi: 'Tỷ lệ lao động qua đào tạo nghề',
      nameEn: 'Share of workers with vocational training',
      planArea: 'III.2',
      unit: 'percent',
      direction: 'higher',
      baseline: 50,
      baselineYear: 2016,
      targets: [{ year: 2025, value: 70 }],
      leadAgencyCode: 'SLDTBXH',
      method: 'reported',
      origin: 'derived',
      planQuote: 'NOI-BO-TRICH-DAN',
      planRef: 'III.2',
    });
    await json(created, 201);

    const report = await json<YearlyReport>(
      await api('/api/reporting/reports', admin, 'POST', {
        agencyCode: 'SLDTBXH',
        year: 2024,
        planArea: 'III.2',
      }),
      201,
    );
    const line = {
      code: 'III.2-PUB',
      name: 'Tỷ lệ lao động qua đào tạo nghề',
      target: 70,
      actual: 64.5,
      source: 'NGUON-NOI-BO',
      comment: 'GHI-CHU-NOI-BO',
    };
    const saved = await json<YearlyReport>(
      await api(`/api/reporting/reports/${report.id}`, admin, 'PUT', {
        id: report.id,
        version: report.version,
        narrative: 'Báo cáo',
        indicators: [line],
      }),
    );

    // A draft: not published; no sign-in needed to ask, the answer is cacheable for a minute.
    const draft = await publicPage();
    expect(draft.res.status).toBe(200);
    expect(draft.res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(draft.body.areas.map((a) => a.code)).toContain('III.2');
    expect(indicatorOf(draft.body, 'III.2-PUB')).toMatchObject({
      values: [],
      latest: null,
      status: 'no-data',
    });

    // Submitted: still the agency's word only, not the province's.
    const submitted = await json<YearlyReport>(
      await api(`/api/reporting/reports/${report.id}/submit`, admin, 'POST', {
        id: saved.id,
        version: saved.version,
      }),
    );
    expect(indicatorOf((await publicPage()).body, 'III.2-PUB')?.values).toEqual([]);

    await json(
      await api(`/api/reporting/reports/${report.id}/review`, coordinator, 'POST', {
        id: submitted.id,
        version: submitted.version,
        decision: 'accept',
      }),
    );
    const published = await publicPage();
    // 64.5 in 2024 against the straight path from 50 (2016) to 70 (2025): 67.8 expected, short by 3.3.
    expect(indicatorOf(published.body, 'III.2-PUB')).toMatchObject({
      nameEn: 'Share of workers with vocational training',
      values: [{ year: 2024, value: 64.5 }],
      latest: { year: 2024, value: 64.5 },
      target: { year: 2025, value: 70 },
      status: 'at-risk',
    });
    expect(published.body.publishedThrough).toBe(Number(todayIsoDate().slice(0, 4)) - 1);
    for (const leak of [
      'NGUON-NOI-BO',
      'GHI-CHU-NOI-BO',
      'NOI-BO-TRICH-DAN',
      report.id,
      '"id"',
      '"version"',
      '"source"',
      '"comment"',
      '"agencyCode"',
      '"computation"',
      '"updatedAt"',
    ])
      expect(published.raw).not.toContain(leak);
  });

  it('keeps the internal progress route behind a sign-in', async () => {
    expect((await fetch(`${stack.url}/api/reporting/indicator-progress`)).status).toBe(401);
    expect((await fetch(`${stack.url}/api/reporting/indicators`)).status).toBe(401);
  });

  it('answers an address past its limit with 429 and Retry-After, in the error model', async () => {
    let limited: Response | undefined;
    for (let i = publicCalls; i <= RATE_LIMIT + 1 && !limited; i += 1) {
      const res = await fetch(`${stack.url}${PATH}`);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('cache-control')).toBe('no-store');
    expect(await limited?.json()).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      fields: [{ params: { rule: 'tooManyAttempts' } }],
    });
  });
});
