import type { SystemMetrics } from '@ascc/contracts';
import { consumerLag, errorFigures, minuteBars, slowestRoutes } from '../operations-figures';

const minute = (i: number, requests: number, serverErrors = 0, clientErrors = 0) => ({
  minute: new Date(Date.UTC(2026, 11, 5, 9, i)).toISOString(),
  requests,
  serverErrors,
  clientErrors,
});

describe('errorFigures', () => {
  it('gives the running minute’s errors, the average per minute, the worst minute and the share failed', () => {
    const minutes = [minute(0, 100, 3, 4), minute(1, 0), minute(2, 50, 9, 1), minute(3, 50, 2)];
    expect(errorFigures(minutes)).toEqual({
      lastMinute: 2,
      perMinute: 3.5, // 14 errors over 4 minutes, quiet ones included
      peak: 9,
      errorPercent: 7, // 14 of 200
      requests: 200,
      refused: 5,
    });
  });

  it('is all zeros without answers, never a division by zero', () => {
    expect(errorFigures([minute(0, 0), minute(1, 0)])).toEqual({
      lastMinute: 0,
      perMinute: 0,
      peak: 0,
      errorPercent: 0,
      requests: 0,
      refused: 0,
    });
    expect(errorFigures([]).perMinute).toBe(0);
  });
});

describe('minuteBars', () => {
  it('scales each minute to the busiest one, errors inside their answers', () => {
    expect(
      minuteBars([minute(0, 40, 10), minute(1, 80), minute(2, 0)]).map(({ answers, errors }) => [
        answers,
        errors,
      ]),
    ).toEqual([
      [0.5, 0.125],
      [1, 0],
      [0, 0],
    ]);
  });
});

describe('slowestRoutes', () => {
  it('orders by the 95th percentile, the busier first on a tie, and keeps the slowest five', () => {
    const routes: SystemMetrics['slowestRoutes'] = [
      { method: 'GET', route: '/api/a', requests: 1, p95Ms: 10 },
      { method: 'GET', route: '/api/b', requests: 1, p95Ms: 900 },
      { method: 'POST', route: '/api/c', requests: 5, p95Ms: 250 },
      { method: 'GET', route: '/api/d', requests: 9, p95Ms: 250 },
      { method: 'GET', route: '/api/e', requests: 1, p95Ms: 5 },
      { method: 'GET', route: '/api/f', requests: 1, p95Ms: 2500 },
    ];
    expect(slowestRoutes(routes).map((r) => r.route)).toEqual([
      '/api/f',
      '/api/b',
      '/api/d',
      '/api/c',
      '/api/a',
    ]);
  });
});

describe('consumerLag', () => {
  it('puts a consumer of unknown lag first, then the most events waiting', () => {
    const consumers: SystemMetrics['consumers'] = [
      { service: 'reporting', name: 'reporting-a', status: 'ok', pending: 0 },
      { service: 'reporting', name: 'reporting-b', status: 'lagging', pending: 1520 },
      { service: 'budget', name: 'budget-c', status: 'failing' },
      { service: 'culture', name: 'culture-d', status: 'ok', pending: 3 },
    ];
    expect(consumerLag(consumers).map((c) => c.name)).toEqual([
      'budget-c',
      'reporting-b',
      'culture-d',
      'reporting-a',
    ]);
  });
});
