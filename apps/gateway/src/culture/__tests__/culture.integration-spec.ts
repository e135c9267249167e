import {
  CULTURE_ROUTES,
  type CultureReport,
  type CulturalEventDetail,
  MAX_FILE_BYTES,
  type PublicEvents,
} from '@ascc/contracts';
import { DEMO_ENV, type Stack, signIn, startStack, testDatabaseKinds } from '@ascc/testing';

/**
 * The culture routes through the real gateway: the public ASEAN feed and iCal feed without a sign-in
 * (and nothing internal in them), a signed-in Culture editor running an event, the 5 MB limit and the
 * file answers (calendar, export) sent as files.
 */
describe.each(testDatabaseKinds())('culture through the gateway on %s', (database) => {
  let stack: Stack;
  let token = '';
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const api = (path: string, init: RequestInit = {}, auth = true) =>
    fetch(`${stack.url}${path}`, {
      ...init,
      headers: {
        ...(auth ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    stack = await startStack({
      database,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', LOG_LEVEL: 'silent' },
    });
    token = (await signIn(stack.url, 'svhttdl.editor')).accessToken;
  }, 90_000);
  afterAll(() => stack?.stop());

  it('lets the Culture editor plan and confirm an event, and shows it publicly without a sign-in, without internal fields', async () => {
    const created = await post('/api/culture/events', {
      titleVi: 'Tuần văn hóa ASEAN tại Thái Bình',
      titleEn: 'ASEAN culture week in Thai Binh',
      type: 'culture-week',
      agencyCode: 'SVHTTDL',
      districtCode: 'TP-THAIBINH',
      venue: 'Quảng trường Thái Bình',
      startDate: future(20),
      endDate: future(26),
      troupes: [
        { name: 'Đoàn Nghệ thuật Hủa Phăn', countryCode: 'LA', size: 30 },
        { name: 'Đoàn múa Udon Thani', countryCode: 'TH', size: 25 },
      ],
      costEstimate: 456_789_123,
      organiserContact: 'Anh Nam 0987 654 321',
      internalNotes: 'NOI-BO-KHONG-CONG-BO',
    });
    expect(created.status).toBe(201);
    const event = (await created.json()) as CulturalEventDetail;
    const confirmed = await post(`/api/culture/events/${event.id}/status`, {
      version: event.version,
      to: 'confirmed',
    });
    expect(confirmed.status).toBe(200);

    const feed = await api('/api/public/culture/events', {}, false);
    expect(feed.status).toBe(200);
    const raw = await feed.text();
    const body = JSON.parse(raw) as PublicEvents;
    expect(body.upcoming.find((e) => e.id === event.id)).toMatchObject({
      titleEn: 'ASEAN culture week in Thai Binh',
      aseanCountryCodes: ['LA', 'TH'],
    });
    for (const leak of [
      '456789123',
      '0987 654 321',
      'NOI-BO-KHONG-CONG-BO',
      '"costEstimate"',
      '"organiserContact"',
    ])
      expect(raw).not.toContain(leak);

    const ics = await api('/api/public/culture/calendar.ics?lang=en', {}, false);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain(`UID:${event.id}@culture.ascc.thaibinh`);
  });

  it('refuses the internal routes without a sign-in', async () => {
    expect((await api('/api/culture/events', {}, false)).status).toBe(401);
    expect((await api('/api/culture/reports', {}, false)).status).toBe(401);
  });

  it('refuses an attachment over 5 MB with 400 naming the field', async () => {
    const list = (await (await api('/api/culture/events?pageSize=1')).json()) as { items: { id: string }[] };
    const big = Buffer.alloc(MAX_FILE_BYTES + 1024);
    big.set([0xff, 0xd8, 0xff]);
    const res = await post(`/api/culture/events/${list.items[0].id}/attachments`, {
      file: { fileName: 'big.jpg', contentType: 'image/jpeg', base64: big.toString('base64') },
    });
    expect(res.status).toBe(400);
    const error = (await res.json()) as { fields: { path: string }[] };
    expect(error.fields.map((f) => f.path)).toEqual(['file.base64']);
  });

  it('sends the report export as an XLSX file honouring the filter', async () => {
    const res = await api(`${CULTURE_ROUTES.reportExport.path}?format=xlsx&year=${future(20).slice(0, 4)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('culture demo data at start (SEED_DEMO_DATA=true)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      env: { ...DEMO_ENV, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
    });
  }, 90_000);
  afterAll(() => stack?.stop());

  it('fills the empty culture database with 2017–2025 events the public page and the report show', async () => {
    const feed = (await (await fetch(`${stack.url}/api/public/culture/events`)).json()) as PublicEvents;
    expect(feed.highlights.length).toBeGreaterThan(5);
    expect(feed.upcoming.length).toBeGreaterThan(0);
    const token = (await signIn(stack.url, 'svhttdl.editor')).accessToken;
    const res = await fetch(`${stack.url}/api/culture/reports`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const report = (await res.json()) as CultureReport;
    expect(report.byYear.map((y) => y.year)).toEqual(
      expect.arrayContaining([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]),
    );
    expect(report.totals.audience).toBeGreaterThan(100_000);
    const aseanIn2023 = report.aseanByYear.find((y) => y.year === 2023)?.countryCodes ?? [];
    expect(aseanIn2023.length).toBeGreaterThan(2);
  });
});
