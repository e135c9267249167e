import { seededRandom } from '@ascc/service-kit';
import { RATES } from '../aid-demo-catalog';
import { addDays, pickDistinct, rateOn, split } from '../aid-demo-values';

describe('aid demo values', () => {
  it('draws a rate within 2.5 % of its band, from the 2017 figure to the 2025 one', () => {
    const rnd = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const [low, high] = RATES.USD;
      const early = Number(rateOn(rnd, 'USD', '2017-03-01'));
      const late = Number(rateOn(rnd, 'USD', '2025-03-01'));
      expect(Math.abs(early - low)).toBeLessThanOrEqual((high - low) * 0.025 + 0.5);
      expect(Math.abs(late - high)).toBeLessThanOrEqual((high - low) * 0.025 + 0.5);
    }
  });

  it('writes KRW and JPY rates with two decimals and the others in whole đồng', () => {
    const rnd = seededRandom(2);
    expect(rateOn(rnd, 'KRW', '2020-01-01')).toMatch(/^\d+\.\d{2}$/);
    expect(rateOn(rnd, 'JPY', '2020-01-01')).toMatch(/^\d+\.\d{2}$/);
    expect(rateOn(rnd, 'EUR', '2020-01-01')).toMatch(/^\d+$/);
  });

  it('draws the same rates from the same seed', () => {
    expect(rateOn(seededRandom(7), 'EUR', '2021-06-01')).toBe(rateOn(seededRandom(7), 'EUR', '2021-06-01'));
  });

  it('picks as many different items as asked', () => {
    const picked = pickDistinct(seededRandom(3), ['a', 'b', 'c', 'd'], 3);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
  });

  it('splits 100 % in whole percentages adding up to 100', () => {
    for (const parts of [1, 2]) {
      const shares = split(parts);
      expect(shares).toHaveLength(parts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', 0)).toBe('2025-03-01');
  });
});
