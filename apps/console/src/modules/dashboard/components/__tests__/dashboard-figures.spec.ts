import type { Dashboard } from '@ascc/contracts';
import { isDashboardEmpty, shareText } from '../dashboard-figures';

const nothing = {
  training: { trained: 0 },
  culture: { events: 0 },
  aid: { committed: '0' },
  budget: { requested: '0' },
} as Dashboard;

describe('dashboard figures', () => {
  it('is empty only when nothing at all was recorded for the period', () => {
    expect(isDashboardEmpty(nothing)).toBe(true);
    expect(isDashboardEmpty({ ...nothing, delegations: { delegations: 0 } } as Dashboard)).toBe(true);
    expect(isDashboardEmpty({ ...nothing, training: { trained: 1 } } as Dashboard)).toBe(false);
    expect(isDashboardEmpty({ ...nothing, culture: { events: 2 } } as Dashboard)).toBe(false);
    // Amounts are exact đồng totals (strings): one đồng beyond 2^53 still counts.
    expect(isDashboardEmpty({ ...nothing, aid: { committed: '9007199254740993' } } as Dashboard)).toBe(false);
    expect(isDashboardEmpty({ ...nothing, budget: { requested: '1' } } as Dashboard)).toBe(false);
    expect(isDashboardEmpty({ ...nothing, delegations: { delegations: 3 } } as Dashboard)).toBe(false);
  });

  it('writes a share as a percentage to one decimal in the console language', () => {
    expect(shareText(0.4, 'en')).toBe('40 %');
    expect(shareText(0.12345, 'en')).toBe('12.3 %');
    expect(shareText(0.12345, 'vi')).toBe('12,3 %');
    expect(shareText(1, 'vi')).toBe('100 %');
  });
});
