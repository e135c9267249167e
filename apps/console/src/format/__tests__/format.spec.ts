import {
  dateInputFormat,
  dateInputFormats,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDecimal,
  formatMoney,
  fromCalendarDate,
  readNumber,
  toCalendarDate,
} from '../format';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

describe(formatDate.name, () => {
  it('writes calendar dates dd/mm/yyyy in both languages', () => {
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('01/07/2025');
  });

  it('writes the calendar day of an ISO timestamp as it is written, not an ISO string', () => {
    expect(formatDate('2026-12-04T19:32:09.132Z', 'vi')).toBe('04/12/2026');
    expect(formatDate('2026-12-04 is not a timestamp', 'en')).toBe('2026-12-04 is not a timestamp');
  });

  it('shows anything that is not a calendar date as it came, and nothing for no date', () => {
    expect(formatDate('soon', 'vi')).toBe('soon');
    expect(formatDate(undefined, 'vi')).toBe('');
  });

  it('writes a one-day range as one date', () => {
    expect(formatDateRange('2026-08-08', '2026-08-10', 'vi')).toBe('08/08/2026 – 10/08/2026');
    expect(formatDateRange('2026-08-08', '2026-08-08', 'en')).toBe('08/08/2026');
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

  it('use the picker format that matches how dates are shown, in both languages', () => {
    expect(dateInputFormat('vi')).toBe('DD/MM/YYYY');
    expect(dateInputFormat('en')).toBe('DD/MM/YYYY');
    expect(dateInputFormats('en')[0]).toBe(dateInputFormat('en'));
  });

  it.each(['vi', 'en'] as const)(
    'read 17/05/1990 typed in %s as 17 May 1990, day first, in every accepted way',
    (lang) => {
      dayjs.extend(customParseFormat);
      for (const typed of ['17/05/1990', '17/5/1990', '17-05-1990', '17.05.1990']) {
        const day = dayjs(typed, dateInputFormats(lang), true);
        expect(day.isValid() && toCalendarDate(day)).toBe('1990-05-17');
      }
      expect(dayjs('05/17/1990', dateInputFormats(lang), true).isValid()).toBe(false);
    },
  );
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

  it('writes a total past 2^53, sent as a string of digits, to the last đồng', () => {
    expect(formatMoney('9999999999999999989', 'vi')).toBe('9.999.999.999.999.999.989\u00a0₫');
    expect(formatMoney(12_345_678_901_234_567_890n, 'en')).toBe('VND\u00a012,345,678,901,234,567,890');
    expect(formatMoney('-1500000', 'vi')).toBe('-1.500.000\u00a0₫');
  });
});

describe(formatDateTime.name, () => {
  it('writes a moment dd/mm/yyyy hh:mm in English too', () => {
    const moment = new Date(2026, 11, 5, 2, 32, 9).toISOString();
    expect(formatDateTime(moment, 'en')).toBe('05/12/2026 02:32');
    expect(formatDateTime(moment, 'vi', { seconds: true })).toBe('05/12/2026 02:32:09');
  });
});

describe(readNumber.name, () => {
  const read = (text: string, lang: 'vi' | 'en') => {
    const reading = readNumber(text, lang);
    return reading.kind === 'number' ? reading.decimal : reading.kind;
  };

  it('reads Vietnamese numbers: dots group thousands, a comma starts the decimals', () => {
    expect(read('1.234.567,89', 'vi')).toBe('1234567.89');
    expect(read('25.350', 'vi')).toBe('25350');
    expect(read('150.000', 'vi')).toBe('150000');
    expect(read('8,5', 'vi')).toBe('8.5');
    expect(read('1234567', 'vi')).toBe('1234567');
    expect(read(' 120.000.000 ', 'vi')).toBe('120000000');
    expect(read('0,05', 'vi')).toBe('0.05');
  });

  it('reads English numbers: commas group thousands, a point starts the decimals', () => {
    expect(read('1,234,567.89', 'en')).toBe('1234567.89');
    expect(read('25,350', 'en')).toBe('25350');
    expect(read('25.350', 'en')).toBe('25.350');
    expect(read('8.5', 'en')).toBe('8.5');
    expect(read('120000.00', 'en')).toBe('120000.00');
  });

  it('keeps the sign: a negative number is read as negative, never stripped', () => {
    expect(read('-5', 'vi')).toBe('-5');
    expect(read('-1.500,5', 'vi')).toBe('-1500.5');
    expect(read('\u22122,000', 'en')).toBe('-2000');
    expect(read('-0', 'vi')).toBe('0');
  });

  it('keeps every digit: nothing is rounded, clamped or cut', () => {
    expect(read('11', 'vi')).toBe('11');
    expect(read('9.007.199.254.740.993', 'vi')).toBe('9007199254740993');
    expect(read('0,123456789', 'vi')).toBe('0.123456789');
    expect(read('007', 'en')).toBe('7');
  });

  it('refuses, never guesses, text that is not a number as the language writes it', () => {
    // A score typed the English way in Vietnamese is not 85 nor 8.5: it is refused.
    for (const text of [
      '8.5',
      '25.35',
      '1.2.3',
      '1234.567',
      '1,2,3',
      '8,5,1',
      '12abc',
      '1 000',
      '+5',
      ',5',
      '5,',
      '1.234,5,6',
    ])
      expect(read(text, 'vi')).toBe('unreadable');
    for (const text of ['8,5', '25,35', '1,234.5.6', '1.234,5', 'abc', '--1'])
      expect(read(text, 'en')).toBe('unreadable');
  });

  it('reads an empty field as nothing', () => {
    expect(read('', 'vi')).toBe('empty');
    expect(read('   ', 'en')).toBe('empty');
  });

  it('reads back what it writes, in both languages', () => {
    for (const decimal of ['0', '7', '1234567.89', '-25350', '30000.50', '3802500000'])
      for (const lang of ['vi', 'en'] as const)
        expect(read(formatDecimal(decimal, lang), lang)).toBe(decimal);
  });
});

describe(formatDecimal.name, () => {
  it('groups digits as the language writes them and keeps the decimals as stored', () => {
    expect(formatDecimal(120_000_000, 'vi')).toBe('120.000.000');
    expect(formatDecimal(120_000_000, 'en')).toBe('120,000,000');
    expect(formatDecimal('1234567.89', 'vi')).toBe('1.234.567,89');
    expect(formatDecimal('30000.50', 'en')).toBe('30,000.50');
    expect(formatDecimal(8.5, 'vi')).toBe('8,5');
    expect(formatDecimal(-1500, 'vi')).toBe('-1.500');
    expect(formatDecimal(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
  });

  it('shows nothing for no value', () => {
    expect(formatDecimal(null, 'vi')).toBe('');
    expect(formatDecimal(undefined, 'en')).toBe('');
  });
});
