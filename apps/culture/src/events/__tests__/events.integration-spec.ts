import { CULTURE_SUBJECTS, type CulturalEvent as CulturalEventDto, type Page } from '@ascc/contracts';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { CulturalEvent } from '../cultural-event.entity';

const festival = {
  titleVi: 'Lễ hội Đền Trần Thái Bình',
  titleEn: 'Tran Temple Festival',
  type: 'festival',
  agencyCode: 'SVHTTDL',
  districtCode: 'H-HUNGHA',
  venue: 'Khu di tích lịch sử văn hóa Đền Trần',
  startDate: '2024-02-20',
  endDate: '2024-02-23',
  countryCodes: ['LA', 'LA', 'MM'],
  expectedAudience: 20000,
  costEstimate: 800_000_000,
};

describe.each(testDatabaseKinds())('culture service on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('culture', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('creates an event with its participating countries once each, and lists it by district', async () => {
    const created = await svc.request<CulturalEventDto>(CULTURE_SUBJECTS.eventCreate, festival);
    expect(created).toMatchObject({ planArea: 'III.5', status: 'planned', countryCodes: ['LA', 'MM'] });
    const inHungHa = await svc.request<Page<CulturalEventDto>>(CULTURE_SUBJECTS.eventList, {
      districtCode: 'H-HUNGHA',
    });
    expect(inHungHa.items.map((e) => e.id)).toEqual([created.id]);
    const elsewhere = await svc.request<Page<CulturalEventDto>>(CULTURE_SUBJECTS.eventList, {
      districtCode: 'H-VUTHU',
    });
    expect(elsewhere.total).toBe(0);
  });

  it('refuses an end before the start and an unknown country, naming both fields, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(CulturalEvent);
    const error = await svc.requestError(CULTURE_SUBJECTS.eventCreate, {
      ...festival,
      endDate: '2024-02-01',
      countryCodes: ['LA', 'XX'],
    });
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['countryCodes.1', 'endDate']);
    expect(await svc.orm.em.fork().count(CulturalEvent)).toBe(before);
  });
});
