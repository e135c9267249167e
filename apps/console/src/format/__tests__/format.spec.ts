import {
  dateInputFormat,
  formatDate,
  formatDateRange,
  formatMoney,
  fromCalendarDate,
  groupDigits,
  toCalendarDate,
  ungroupDigits,
} from '../format';

describe(formatDate.name, () => {
  it('writes calendar dates dd/mm/yyyy in Vietnamese and ISO in English', () => {
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('2025-07-01');
  });

  it('shows anything that is not a calendar date as it came, and nothing for no date', () => {
    expect(formatDate('soon', 'vi')).toBe('soon');
    expect(formatDate(undefined, 'vi')).toBe('');
  });

  it('writes a one-day range as one date', () => {
    expect(formatDateRange('2026-08-08', '2026-08-10', 'vi')).toBe('08/08/2026 – 10/08/2026');
    expect(formatDateRange('2026-08-08', '2026-08-08', 'en')).toBe('2026-08-08');
  });
});

/** Node re-reads TZ when it changes; typed here so the console's own types stay browser-only. */
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

describe('calendar dates through the date picker', () => {
  const zone = env.TZ;
  afterEach(() => {
    env.TZ = zone;
  });

  it.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])(
    'keep the same day in %s (no time-zone shift)',
    (tz) => {
      env.TZ = tz;
      for (const day of ['2025-01-01', '2025-06-30', '2025-07-01', '2024-02-29']) {
        expect(toCalendarDate(fromCalendarDate(day))).toBe(day);
      }
    },
  );

  it('use the picker format that matches how dates are shown', () => {
    expect(dateInputFormat('vi')).toBe('DD/MM/YYYY');
    expect(dateInputFormat('en')).toBe('YYYY-MM-DD');
  });
});

describe(formatMoney.name, () => {
  it('writes integer đồng the Vietnamese way, with a no-break space before ₫', () => {
    expect(formatMoney(120_000_000, 'vi')).toBe('120.000.000\u00a0₫');
    expect(formatMoney(0, 'vi')).toBe('0\u00a0₫');
  });

  it('writes đồng with the currency code in English', () => {
    expect(formatMoney(120_000_000, 'en')).toBe('VND\u00a0120,000,000');
  });

  it('keeps the largest safe amount exact', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'vi')).toBe('9.007.199.254.740.991\u00a0₫');
  });
});

describe(groupDigits.name, () => {
  it('groups digits while typing and the parser gives back only digits', () => {
    expect(groupDigits(1234567, 'vi')).toBe('1.234.567');
    expect(groupDigits('1234567', 'en')).toBe('1,234,567');
    expect(ungroupDigits('1.234.567 ₫')).toBe('1234567');
    expect(ungroupDigits('12,5')).toBe('125');
    expect(groupDigits('', 'vi')).toBe('');
  });
});
