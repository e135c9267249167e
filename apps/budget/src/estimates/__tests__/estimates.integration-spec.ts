import { BUDGET_SUBJECTS, type BudgetEstimate as BudgetEstimateDto, type Page } from '@ascc/contracts';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { BudgetEstimate } from '../budget-estimate.entity';

const estimate = (agencyCode: string, fiscalYear: number, requestedAmount: number) => ({
  agencyCode,
  fiscalYear,
  titleVi: `Dự toán kinh phí Kế hoạch 38 năm ${fiscalYear}`,
  planArea: 'III.8',
  fundingSource: 'PROVINCIAL_BUDGET',
  requestedAmount,
});

describe.each(testDatabaseKinds())('budget service on %s', (kind) => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await startServiceHarness('budget', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('keeps amounts in whole đồng beyond 32 bits, and sorts by amount in the database', async () => {
    const big = await svc.request<BudgetEstimateDto>(
      BUDGET_SUBJECTS.estimateCreate,
      estimate('SNV', 2024, 12_345_678_901_234),
    );
    await svc.request(BUDGET_SUBJECTS.estimateCreate, estimate('SNV', 2023, 900_000_000));
    await svc.request(BUDGET_SUBJECTS.estimateCreate, estimate('SYT', 2024, 4_000_000_000));
    expect(big.requestedAmount).toBe(12_345_678_901_234);
    expect(
      (await svc.request<BudgetEstimateDto>(BUDGET_SUBJECTS.estimateGet, { id: big.id })).requestedAmount,
    ).toBe(12_345_678_901_234);
    const byAmount = await svc.request<Page<BudgetEstimateDto>>(BUDGET_SUBJECTS.estimateList, {
      sort: 'requestedAmount',
      order: 'desc',
    });
    expect(byAmount.items.map((e) => e.requestedAmount)).toEqual([
      12_345_678_901_234, 4_000_000_000, 900_000_000,
    ]);
    const year2024 = await svc.request<Page<BudgetEstimateDto>>(BUDGET_SUBJECTS.estimateList, {
      fiscalYear: '2024',
    });
    expect(year2024.total).toBe(2);
  });

  it('allows one estimate per agency and fiscal year: the second is a 409 and is not written', async () => {
    const error = await svc.requestError(BUDGET_SUBJECTS.estimateCreate, estimate('SNV', 2024, 1));
    expect(error).toMatchObject({ code: 'CONFLICT', status: 409, fields: [{ path: 'fiscalYear' }] });
    expect(await svc.orm.em.fork().count(BudgetEstimate, { agencyCode: 'SNV', fiscalYear: 2024 })).toBe(1);
  });

  it('refuses fractional đồng and an unknown funding source, naming the fields', async () => {
    const error = await svc.requestError(BUDGET_SUBJECTS.estimateCreate, {
      ...estimate('STC', 2025, 10.5),
      fundingSource: 'LOTTERY',
    });
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['fundingSource', 'requestedAmount']);
  });
});
