import { monthGrid, shiftMonth } from '../month-grid';

describe(monthGrid.name, () => {
  it('covers the month in whole weeks starting on Monday', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks.at(-1)?.[6]).toBe('2027-01-03');
    expect(weeks).toHaveLength(5);
    expect(weeks.flat()).toContain('2026-12-31');
  });

  it('stops at a month that ends on a Sunday, and starts on the 1st when it is a Monday', () => {
    const may = monthGrid('2026-05');
    expect(may.at(-1)?.[6]).toBe('2026-05-31');
    const june = monthGrid('2026-06');
    expect(june[0][0]).toBe('2026-06-01');
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
