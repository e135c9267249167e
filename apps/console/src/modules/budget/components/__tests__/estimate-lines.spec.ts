import { MAX_AMOUNT } from '@ascc/contracts';
import { approvedTotal, requestedTotal } from '../estimate-lines';

/** The totals the estimate editor and Finance's review show as the lines are typed: exact, never rounded. */
describe('estimate line totals', () => {
  it('adds ten lines near 10^15 to the last đồng, past 2^53', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      quantity: 1,
      unitCost: MAX_AMOUNT - (i === 9 ? 2 : 1),
    }));
    expect(requestedTotal(rows)).toBe('9999999999999989');
    expect(requestedTotal([{ quantity: 3, unitCost: 333_333_333_333_333 }])).toBe('999999999999999');
  });

  it('counts nothing for a figure still being typed or refused beside its field', () => {
    expect(
      requestedTotal([
        { quantity: null, unitCost: 5 },
        { quantity: 2, unitCost: '1,5' },
      ]),
    ).toBe('0');
    expect(
      requestedTotal([
        { quantity: 1.5, unitCost: 2 },
        { quantity: 2, unitCost: 7 },
      ]),
    ).toBe('14');
  });

  it("adds Finance's approved amounts exactly, undecided lines counting nothing", () => {
    expect(
      approvedTotal({
        a: { approvedAmount: MAX_AMOUNT },
        b: { approvedAmount: MAX_AMOUNT - 1 },
        c: { comment: 'Chưa quyết định' },
        d: { approvedAmount: 2 ** 53 },
      }),
    ).toBe('1999999999999999');
  });
});
