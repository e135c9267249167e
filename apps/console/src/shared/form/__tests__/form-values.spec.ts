import { CreateAidTransactionSchema, ScoreSchema } from '@ascc/contracts';
import { z } from 'zod';
import { checkMessage, numberFieldError } from '../form-values';

describe(checkMessage.name, () => {
  it('reports a number that could not be read as such, at its path, inside lists too', () => {
    const schema = z.object({
      capacity: z.number().int().min(1),
      troupes: z.array(z.object({ size: z.number().int() })),
      title: z.string().min(1),
    });
    const checked = checkMessage(schema, {
      capacity: { unreadableNumber: '8.5' },
      troupes: [{ size: 3 }, { size: { unreadableNumber: '1,2,3' } }],
      title: '',
    });
    expect(checked.success).toBe(false);
    if (checked.success) return;
    // One issue per field: "not a number as written", not zod's "expected number" beside it.
    expect(checked.errors.map((e) => `${e.path}:${e.code}`).sort()).toEqual([
      'capacity:not_a_number',
      'title:too_small',
      'troupes.1.size:not_a_number',
    ]);
  });

  it('passes a message the contract accepts, exactly as parsed', () => {
    const checked = checkMessage(CreateAidTransactionSchema, {
      projectId: '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f',
      type: 'commitment',
      date: '2026-11-20',
      amount: '150000',
      currency: 'USD',
      exchangeRate: '25350',
    });
    expect(checked).toMatchObject({ success: true, data: { amount: '150000', exchangeRate: '25350' } });
  });
});

describe(numberFieldError.name, () => {
  it("words the contract's rule for one number in the reader's language, or nothing when it fits", () => {
    expect(numberFieldError(8.5, ScoreSchema, 'vi')).toBeUndefined();
    expect(numberFieldError(11, ScoreSchema, 'vi')).toBe('Giá trị không được vượt quá 10');
    expect(numberFieldError(-1, ScoreSchema, 'en')).toBe('Cannot be negative');
    expect(numberFieldError({ unreadableNumber: '8.5' }, ScoreSchema, 'vi')).toMatch(
      /^Không phải là số theo cách viết tiếng Việt/,
    );
    expect(numberFieldError(null, ScoreSchema.nullable(), 'vi')).toBeUndefined();
  });
});
