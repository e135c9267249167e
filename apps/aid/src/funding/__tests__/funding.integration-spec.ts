import { AID_SUBJECTS as S, type Delegation, FUNDING_SUBJECTS } from '@ascc/contracts';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';

describe.each(testDatabaseKinds())('aid activity lookups on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('aid', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('tells the budget service which agency owns a delegation a budget line links, and nothing of unknown ones', async () => {
    const delegation = await svc.request<Delegation>(
      S.delegationCreate,
      {
        title: 'Đoàn Sở Ngoại vụ thăm Viêng Chăn',
        direction: 'outbound',
        purpose: 'friendship',
        countryCodes: ['LA'],
        organisations: ['UBND thủ đô Viêng Chăn'],
        headName: 'Nguyễn Văn An',
        size: 8,
        startDate: '2024-09-03',
        endDate: '2024-09-06',
        agencyCode: 'SNGV',
      },
      TEST_CALLERS.foreignAffairsEditor,
    );
    expect(await svc.request(FUNDING_SUBJECTS.aidLookup, { kind: 'delegation', id: delegation.id })).toEqual({
      exists: true,
      agencyCode: 'SNGV',
      label: '2024-09-03 · Đoàn Sở Ngoại vụ thăm Viêng Chăn',
    });
    // A delegation's id is no aid project, and an unknown id is nothing.
    expect(await svc.request(FUNDING_SUBJECTS.aidLookup, { kind: 'aid-project', id: delegation.id })).toEqual(
      {
        exists: false,
      },
    );
    expect(
      await svc.request(FUNDING_SUBJECTS.aidLookup, {
        kind: 'delegation',
        id: '00000000-0000-4000-8000-000000000000',
      }),
    ).toEqual({ exists: false });
  });
});
