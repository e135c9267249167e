import { AID_ROUTES, type AidProject, type AidReport, type Ngo, routePath } from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack } from '@ascc/testing';

/**
 * The aid routes through the real gateway (HTTP → permission check → NATS → aid service → SQLite),
 * signed in as the demo users: Foreign Affairs' editor does the work, others meet the permission table.
 */
describe('aid through the gateway', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};

  const call = async (
    route: { method: string; path: string },
    message: Record<string, unknown>,
    user = 'sngv.editor',
  ) => {
    const params = Object.fromEntries(
      [...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, p]) => [p, String(message[p])]),
    );
    const rest = Object.fromEntries(Object.entries(message).filter(([k]) => !(k in params)));
    let url = stack.url + routePath(route.path, params);
    const init: RequestInit = { method: route.method, headers: { authorization: `Bearer ${tokens[user]}` } };
    if (route.method === 'GET')
      url += `?${new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]))}`;
    else {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(rest);
    }
    return fetch(url, init);
  };
  const json = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });

  beforeAll(async () => {
    stack = await startStack({
      env: { ...DEMO_ENV, LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100' },
    });
    for (const user of ['sngv.editor', 'sngv.viewer', 'snv.editor', 'svhttdl.viewer'])
      tokens[user] = (await signIn(stack.url, user)).accessToken;
  }, 90_000);
  afterAll(() => stack?.stop());

  it('lets the Foreign Affairs editor register an NGO, log a project and its money, and read the report', async () => {
    const ngo = await json<Ngo>(
      await call(AID_ROUTES.ngoCreate, {
        nameOriginal: 'Korea Food for the Hungry',
        nameVi: 'Tổ chức Lương thực cho người đói Hàn Quốc',
        countryCode: 'KR',
        kind: 'international-ngo',
        agencyCode: 'SNGV',
      }),
    );
    expect(ngo.status).toBe(201);

    const bad = await json<{ fields: { path: string }[] }>(
      await call(AID_ROUTES.projectCreate, {
        code: 'KFHI-01',
        titleVi: 'Bếp ăn bán trú Thái Thụy',
        titleEn: 'School kitchens in Thai Thuy',
        agencyCode: 'SNGV',
        participants: [{ role: 'funding', ngoId: ngo.body.id }],
        sectors: [{ code: '12240', percentage: 80 }],
        locations: [{ districtCode: 'H-THAITHUY', percentage: 100 }],
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.path)).toEqual(['sectors']);

    const project = await json<AidProject>(
      await call(AID_ROUTES.projectCreate, {
        code: 'KFHI-01',
        titleVi: 'Bếp ăn bán trú Thái Thụy',
        titleEn: 'School kitchens in Thai Thuy',
        agencyCode: 'SNGV',
        participants: [{ role: 'funding', ngoId: ngo.body.id }],
        sectors: [{ code: '12240', percentage: 100 }],
        locations: [{ districtCode: 'H-THAITHUY', percentage: 100 }],
        status: 'approved',
        decisionNo: '88/QĐ-UBND',
        decisionDate: '2025-02-01',
      }),
    );
    expect(project.status).toBe(201);
    expect(project.body.participants[0].name).toBe('Korea Food for the Hungry');

    const tx = (body: Record<string, unknown>) =>
      call(AID_ROUTES.transactionCreate, { projectId: project.body.id, ...body });
    const noRate = await json<{ fields: { path: string }[] }>(
      await tx({ type: 'commitment', date: '2025-02-10', amount: '100000000', currency: 'KRW' }),
    );
    expect(noRate).toMatchObject({ status: 400, body: { fields: [{ path: 'exchangeRate' }] } });
    expect(
      (
        await tx({
          type: 'commitment',
          date: '2025-02-10',
          amount: '100000000',
          currency: 'KRW',
          exchangeRate: '18.25',
        })
      ).status,
    ).toBe(201);
    const paid = await json<{ totals: AidProject['totals'] }>(
      await tx({
        type: 'disbursement',
        date: '2025-04-10',
        amount: '60000000',
        currency: 'KRW',
        exchangeRate: '17.85',
      }),
    );
    expect(paid.body.totals).toMatchObject({
      committed: '1825000000',
      disbursed: '1071000000',
      disbursementShare: 58.7,
    });

    const stale = await call(AID_ROUTES.projectUpdate, {
      ...project.body,
      version: project.body.version + 5,
    });
    expect(stale.status).toBe(409);

    const report = await json<AidReport>(
      await call(
        AID_ROUTES.reportAid,
        { groupBy: 'country,planArea', districtCode: 'H-THAITHUY' },
        'sngv.viewer',
      ),
    );
    expect(report.body.rows).toEqual([
      expect.objectContaining({
        countryCode: 'KR',
        planArea: 'III.4',
        committed: '1825000000',
        disbursed: '1071000000',
      }),
    ]);
  });

  it('sends the exports as files: CSV honouring the filter, and IATI XML', async () => {
    const csv = await call(AID_ROUTES.reportAidExport, {
      groupBy: 'district',
      format: 'csv',
      donorCountryCode: 'KR',
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('Huyện Thái Thụy');
    expect(text).toContain('1825000000');
    const xml = await call(AID_ROUTES.iatiExport, {});
    expect(xml.headers.get('content-type')).toContain('application/xml');
    expect(xml.headers.get('content-disposition')).toMatch(/attachment; filename="iati-activities-/);
    expect(await xml.text()).toContain('<iati-identifier>VN-TB-SNGV-KFHI-01</iati-identifier>');
  });

  it('voids a transaction through the gateway with a reason, once: 400 without it, 409 the second time, 403 to a viewer', async () => {
    const list = await json<{ items: AidProject[] }>(await call(AID_ROUTES.projectList, { q: 'KFHI-01' }));
    const projectId = list.body.items[0].id;
    const txs = await json<{ items: { id: string; type: string; dongAmount: number }[] }>(
      await call(AID_ROUTES.transactionList, { projectId }),
    );
    const disbursement = txs.body.items.find((t) => t.type === 'disbursement');
    const reverse = (body: Record<string, unknown>, user?: string) =>
      call(AID_ROUTES.transactionReverse, { projectId, transactionId: disbursement?.id, ...body }, user);

    expect(await json(await reverse({}))).toMatchObject({
      status: 400,
      body: { fields: [{ path: 'reason' }] },
    });
    expect((await reverse({ reason: 'Nhập trùng' }, 'sngv.viewer')).status).toBe(403);
    const voided = await json<{ reversal: { dongAmount: number }; totals: AidProject['totals'] }>(
      await reverse({ reason: 'Nhập trùng' }),
    );
    expect(voided).toMatchObject({
      status: 201,
      body: { reversal: { dongAmount: -1_071_000_000 }, totals: { committed: '1825000000', disbursed: '0' } },
    });
    expect(await json(await reverse({ reason: 'Lần nữa' }))).toMatchObject({
      status: 409,
      body: { fields: [{ params: { rule: 'transactionAlreadyReversed', date: '2025-04-10' } }] },
    });
  });

  it('refuses other departments: Home Affairs may not log aid projects, a Culture viewer reads no aid report', async () => {
    const list = await json<{ items: AidProject[] }>(await call(AID_ROUTES.projectList, {}));
    const id = list.body.items[0].id;
    expect(
      (
        await call(
          AID_ROUTES.transactionCreate,
          { projectId: id, type: 'commitment', date: '2025-01-01', amount: '1', currency: 'VND' },
          'snv.editor',
        )
      ).status,
    ).toBe(403);
    expect((await call(AID_ROUTES.reportAid, { groupBy: 'year' }, 'svhttdl.viewer')).status).toBe(403);
    // A Culture viewer reads only Culture's projects: another agency's is answered as not found.
    expect((await call(AID_ROUTES.projectGet, { id }, 'svhttdl.viewer')).status).toBe(404);
  });
});
