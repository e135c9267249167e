import { CULTURE_SUBJECTS as S, type CulturalEventDetail, type CulturalEventOptions } from '@ascc/contracts';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';

const event = (titleVi: string, startDate: string) => ({
  titleVi,
  titleEn: titleVi,
  type: 'festival',
  agencyCode: 'SVHTTDL',
  venue: `Nhà văn hóa ${titleVi}`,
  startDate,
  endDate: startDate,
  countryCodes: ['LA'],
  expectedAudience: 500,
  costEstimate: 10_000_000,
});

describe.each(testDatabaseKinds())('cultural events to link a delegation to, on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('culture', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it("offers Foreign Affairs' editor any department's events by title, newest first, and no one else", async () => {
    const older = await svc.request<CulturalEventDetail>(
      S.eventCreate,
      event('Tuần văn hóa ASEAN', '2025-03-10'),
    );
    const newer = await svc.request<CulturalEventDetail>(
      S.eventCreate,
      event('Tuần phim ASEAN', '2026-04-20'),
    );
    await svc.request(S.eventCreate, event('Lễ hội Đền Trần', '2026-02-20'));

    const found = await svc.request<CulturalEventOptions>(
      S.eventOptions,
      { q: 'ASEAN' },
      TEST_CALLERS.foreignAffairsEditor,
    );
    expect(found.items.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(found.items[0]).toEqual({
      id: newer.id,
      titleVi: 'Tuần phim ASEAN',
      titleEn: 'Tuần phim ASEAN',
      startDate: '2026-04-20',
      endDate: '2026-04-20',
      status: 'planned',
    });
    // The picker shows titles and dates only: the event itself, another agency's, answers as unknown.
    const listed = await svc.requestError(S.eventGet, { id: newer.id }, TEST_CALLERS.foreignAffairsEditor);
    expect(listed).toMatchObject({ status: 404, code: 'NOT_FOUND' });

    for (const caller of [TEST_CALLERS.healthEditor, TEST_CALLERS.cultureViewer]) {
      expect((await svc.requestError(S.eventOptions, {}, caller)).status).toBe(403);
    }
  });
});
