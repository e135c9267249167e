import { fieldErrorsFromZod } from '../../common/errors.schema';
import { LineReviewSchema, UpdateBudgetEstimateSchema } from '../budget.schema';

/** The gateway and the budget service check an estimate's figures with these schemas: nothing is clamped. */
describe('budget figures', () => {
  const id = '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f';
  const line = { description: 'Biểu diễn', planArea: 'III.5', fundingSource: 'PROVINCIAL_BUDGET' };
  const refused = (lines: object[]) => {
    const r = UpdateBudgetEstimateSchema.safeParse({ id, version: 1, titleVi: 'Dự toán', lines });
    return r.success ? [] : fieldErrorsFromZod(r.error).map((f) => `${f.path}:${f.code}`);
  };

  it('takes a line of 2 × 1 234 567 đồng as it is', () => {
    expect(refused([{ ...line, quantity: 2, unitCost: 1_234_567 }])).toEqual([]);
  });

  it('refuses a negative unit cost, a zero quantity and a fraction of a đồng by the field each names', () => {
    expect(
      refused([
        { ...line, quantity: 2, unitCost: -1_234_567 },
        { ...line, quantity: 0, unitCost: 1000 },
        { ...line, quantity: 1, unitCost: 1000.5 },
      ]),
    ).toEqual(['lines.0.unitCost:too_small', 'lines.1.quantity:too_small', 'lines.2.unitCost:invalid_type']);
  });

  it('refuses a negative approved amount', () => {
    expect(LineReviewSchema.safeParse({ lineId: id, approvedAmount: -1 }).success).toBe(false);
  });
});
