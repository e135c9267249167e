import { AID_SUBJECTS, type Ngo as NgoDto, type Page } from '@ascc/contracts';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { Ngo } from '../ngo.entity';

describe.each(testDatabaseKinds())('aid service on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('aid', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('registers NGOs, marks ASEAN ones from the catalogue, and filters by country', async () => {
    const thai = await svc.request<NgoDto>(AID_SUBJECTS.ngoCreate, {
      nameOriginal: 'Thai Red Cross Society',
      nameVi: 'Hội Chữ thập đỏ Thái Lan',
      countryCode: 'TH',
      kind: 'friendship-organisation',
      agencyCode: 'SNGV',
    });
    const korean = await svc.request<NgoDto>(AID_SUBJECTS.ngoCreate, {
      nameOriginal: 'Korea Foundation for International Healthcare',
      nameVi: 'Quỹ Chăm sóc Y tế Quốc tế Hàn Quốc',
      acronym: 'KOFIH',
      countryCode: 'KR',
      kind: 'foundation',
      agencyCode: 'SNGV',
    });
    expect(thai).toMatchObject({ isAsean: true, planArea: 'III.10' });
    expect(korean).toMatchObject({ isAsean: false, acronym: 'KOFIH' });
    const onlyKorea = await svc.request<Page<NgoDto>>(AID_SUBJECTS.ngoList, { countryCode: 'KR' });
    expect(onlyKorea.items.map((n) => n.id)).toEqual([korean.id]);
    const byName = await svc.request<Page<NgoDto>>(AID_SUBJECTS.ngoList, {
      q: 'chu thap do',
      sort: 'nameVi',
      order: 'asc',
    });
    expect(byName.items.map((n) => n.id)).toEqual([thai.id]);
    expect(await svc.request<NgoDto>(AID_SUBJECTS.ngoGet, { id: korean.id })).toEqual(korean);
  });

  it('refuses an unknown country with 400 naming the field, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(Ngo);
    const error = await svc.requestError(AID_SUBJECTS.ngoCreate, {
      nameOriginal: 'X',
      nameVi: 'X',
      countryCode: 'ZZ',
      kind: 'other',
      agencyCode: 'SNGV',
    });
    expect(error).toMatchObject({ status: 400, fields: [{ path: 'countryCode' }] });
    expect(await svc.orm.em.fork().count(Ngo)).toBe(before);
  });
});
