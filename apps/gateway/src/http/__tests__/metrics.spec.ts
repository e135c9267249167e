import { metricsAuthorized } from '@ascc/service-kit';
import { WINDOW_MINUTES, quantile, recentMinutes } from '../metrics';

describe('quantile', () => {
  // 100 answers: 50 within 10 ms, 40 more within 50 ms, 10 more within 100 ms.
  const buckets = new Map([
    [0.01, 50],
    [0.05, 90],
    [0.1, 100],
    [Infinity, 100],
  ]);

  it('interpolates within the bucket the rank falls in, as histogram_quantile does', () => {
    expect(quantile(0.5, buckets, 100)).toBeCloseTo(0.01);
    expect(quantile(0.95, buckets, 100)).toBeCloseTo(0.075);
    expect(quantile(0.7, buckets, 100)).toBeCloseTo(0.03);
  });

  it('caps at the last finite bound when the slowest answers are beyond every bucket', () => {
    const slow = new Map([
      [0.01, 10],
      [10, 50],
      [Infinity, 100],
    ]);
    expect(quantile(0.95, slow, 100)).toBe(10);
  });
});

describe('recentMinutes', () => {
  it('lists the whole window, oldest first, each minute’s start', () => {
    const now = Date.UTC(2026, 11, 5, 9, 30, 12);
    const minutes = recentMinutes(now);
    expect(minutes).toHaveLength(WINDOW_MINUTES);
    expect(minutes.at(-1)?.minute).toBe(Math.floor(now / 60_000));
    expect(minutes[0].minute).toBe(Math.floor(now / 60_000) - WINDOW_MINUTES + 1);
  });
});

describe('metricsAuthorized', () => {
  const token = 'a-scraper-token-of-thirty-two-chars';
  it('lets in only the configured bearer token, and nobody when none is configured', () => {
    expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(metricsAuthorized(`Bearer ${token}x`, token)).toBe(false);
    expect(metricsAuthorized(token, token)).toBe(false);
    expect(metricsAuthorized(undefined, token)).toBe(false);
    expect(metricsAuthorized('Bearer ', undefined)).toBe(false);
    expect(metricsAuthorized('Bearer ', '')).toBe(false);
  });
});
