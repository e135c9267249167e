import {
  BUDGET_ROUTES,
  type GlobalSearchResult,
  REPORTING_ROUTES,
  SEARCH_KIND_NAMES,
  TRAINING_ROUTES,
} from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds } from '@ascc/testing';

/**
 * The global search through the whole chain — HTTP → gateway → one search subject per service over NATS
 * → each service's database — as users of different agencies and roles: words typed without diacritics
 * find records written with them, another agency's records stay hidden, a kind the user may not read is
 * neither asked nor shown, and a service that does not answer in time leaves the rest of the search whole.
 */
describe.each(testDatabaseKinds())('global search → %s', (database) => {
  let stack: Stack;
  const tokens: Record<'admin' | 'snv' | 'culture' | 'cultureViewer', string> = {
    admin: '',
    snv: '',
    culture: '',
    cultureViewer: '',
  };

  const api = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${stack.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
  const create = async (path: string, body: unknown) => {
    const res = await api(path, tokens.admin, { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string };
  };
  const search = async (q: string, token: string) => {
    const res = await api(`/api/search?${new URLSearchParams({ q })}`, token);
    expect(res.status).toBe(200);
    return (await res.json()) as GlobalSearchResult;
  };
  const group = (result: GlobalSearchResult, kind: string) => result.groups.find((g) => g.kind === kind);

  let trainee = '';
  let snvEstimate = '';
  let cultureEstimate = '';
  let report = '';

  beforeAll(async () => {
    stack = await startStack({
      database,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
    });
    tokens.admin = (await signIn(stack.url, 'admin')).accessToken;
    tokens.snv = (await signIn(stack.url, 'snv.editor')).accessToken;
    tokens.culture = (await signIn(stack.url, 'svhttdl.editor')).accessToken;
    tokens.cultureViewer = (await signIn(stack.url, 'svhttdl.viewer')).accessToken;
    trainee = (
      await create(TRAINING_ROUTES.traineeCreate.path, {
        staffCode: 'TIM-01',
        fullName: 'Nguyễn Thị Ánh Tuyết',
        gender: 'female',
        districtCode: 'H-VUTHU',
        commune: 'Xã Tân Lập',
        level: 'commune',
        group: 'civil-servant',
      })
    ).id;
    const estimate = (agencyCode: string) =>
      create(BUDGET_ROUTES.estimateCreate.path, {
        agencyCode,
        fiscalYear: 2019,
        titleVi: `Dự toán Khuyến học ${agencyCode}`,
        lines: [
          {
            description: 'Khóa bồi dưỡng cấp xã',
            planArea: 'III.8',
            fundingSource: 'PROVINCIAL_BUDGET',
            quantity: 1,
            unitCost: 1_000_000,
          },
        ],
      });
    snvEstimate = (await estimate('SNV')).id;
    cultureEstimate = (await estimate('SVHTTDL')).id;
    report = (
      await create(REPORTING_ROUTES.reportCreate.path, { agencyCode: 'SNV', year: 2031, planArea: 'III.1' })
    ).id;
  }, 180_000);
  afterAll(() => stack?.stop());

  it('finds a trainee typed without diacritics, in any case, opened by id', async () => {
    const found = await search('NGUYEN thi anh TUYET', tokens.snv);
    expect(group(found, 'trainee')).toEqual({
      kind: 'trainee',
      status: 'ok',
      items: [expect.objectContaining({ id: trainee, title: 'Nguyễn Thị Ánh Tuyết', detail: 'TIM-01' })],
    });
    // Every word must match: one that no record holds finds nothing.
    expect(group(await search('anh tuyet khongco', tokens.snv), 'trainee')?.items).toEqual([]);
  });

  it("hides another agency's estimate from an own-agency grant; the administrator sees both", async () => {
    const mine = group(await search('khuyen hoc', tokens.snv), 'estimate');
    expect(mine?.items.map((h) => h.id)).toEqual([snvEstimate]);
    const all = group(await search('khuyen hoc', tokens.admin), 'estimate');
    expect(all?.items.map((h) => h.id).sort()).toEqual([snvEstimate, cultureEstimate].sort());
    const theirs = group(await search('khuyen hoc', tokens.culture), 'estimate');
    expect(theirs?.items.map((h) => h.id)).toEqual([cultureEstimate]);
  });

  it('finds a yearly report by its agency and year, for that agency only', async () => {
    expect(group(await search('snv 2031', tokens.snv), 'report')?.items).toEqual([
      expect.objectContaining({ id: report, agencyCode: 'SNV', year: 2031, title: 'III.1' }),
    ]);
    expect(group(await search('snv 2031', tokens.culture), 'report')?.items).toEqual([]);
  });

  it('leaves out a kind the user may not read: neither asked nor shown', async () => {
    // The trainee registry is Home Affairs' (and each editor's own staff): Culture's viewer may not read it.
    const found = await search('anh tuyet', tokens.cultureViewer);
    expect(group(found, 'trainee')).toBeUndefined();
    expect(found.groups.map((g) => g.kind)).toEqual(SEARCH_KIND_NAMES.filter((k) => k !== 'trainee'));
    // The administrator reads every kind, in the kinds' order.
    expect((await search('anh tuyet', tokens.admin)).groups.map((g) => g.kind)).toEqual([
      ...SEARCH_KIND_NAMES,
    ]);
  });

  it('refuses an empty search naming q, and a caller without a session', async () => {
    const empty = await api('/api/search?q=%20', tokens.snv);
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ fields: [expect.objectContaining({ path: 'q' })] });
    expect((await fetch(`${stack.url}/api/search?q=anh`)).status).toBe(401);
  });

  it('reports a service that does not answer in time as unavailable for its kinds only', async () => {
    stack.pauseService('budget', true);
    try {
      const found = await search('anh tuyet', tokens.admin);
      expect(group(found, 'estimate')).toEqual({ kind: 'estimate', status: 'unavailable', items: [] });
      expect(group(found, 'trainee')).toMatchObject({ status: 'ok', items: [{ id: trainee }] });
    } finally {
      stack.pauseService('budget', false);
    }
  }, 30_000);
});
