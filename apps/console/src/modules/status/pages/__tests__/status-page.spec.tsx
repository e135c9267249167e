// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN, SNV_VIEWER } from '../../../../test/users';
import StatusPage from '../status-page';

const up = (service: string) => ({
  service,
  status: 'up',
  database: 'up',
  databaseKind: 'sqlite',
  roundTripMs: 2.5,
  restarts: 0,
  checks: [{ name: 'outbox', kind: 'outbox', status: 'ok', pending: 0 }],
});

const allUp = {
  status: 'ok',
  nats: 'up',
  checkedAt: '2026-12-04T10:00:00.000Z',
  services: ['training', 'aid', 'culture', 'budget', 'reporting'].map(up),
};

/** The gateway's operations figures: a quiet window but for two minutes with errors. */
const figures = {
  windowMinutes: 15,
  minutes: Array.from({ length: 15 }, (_, i) => ({
    minute: new Date(Date.UTC(2026, 11, 4, 9, 45 + i)).toISOString(),
    requests: i === 13 ? 120 : i === 14 ? 80 : 10,
    serverErrors: i === 13 ? 6 : i === 14 ? 3 : 0,
    clientErrors: i === 14 ? 4 : 0,
  })),
  since: '2026-12-04T08:00:00.000Z',
  slowestRoutes: [
    { method: 'GET', route: '/api/training/courses', requests: 40, p95Ms: 42.5 },
    { method: 'POST', route: '/api/budget/estimates/:id/approve', requests: 3, p95Ms: 1800 },
  ],
  consumers: [
    { service: 'reporting', name: 'reporting-training-course-completed', status: 'ok', pending: 0 },
    { service: 'reporting', name: 'reporting-budget-estimate-approved', status: 'lagging', pending: 1520 },
  ],
  unreachable: ['aid'],
  checkedAt: '2026-12-04T10:00:00.000Z',
};

/** Answers the health and, for an administrator, the operations figures. */
const gateway = (health: unknown, metrics: unknown = figures) =>
  routeFetch((url) =>
    url.includes('/api/system/metrics') ? jsonResponse(200, metrics) : jsonResponse(200, health),
  );

describe('StatusPage', () => {
  it('does not say all is well while the read model fails and a consumer lags; it names them', async () => {
    gateway({
      status: 'degraded',
      nats: 'up',
      checkedAt: '2026-12-04T10:00:00.000Z',
      services: [
        up('training'),
        up('aid'),
        up('culture'),
        { ...up('budget'), restarts: 3 },
        {
          ...up('reporting'),
          status: 'degraded',
          checks: [
            {
              name: 'read-model',
              kind: 'read-model',
              status: 'failing',
              detail: 'training_fact: no such table',
            },
            {
              name: 'reporting-training-course-completed',
              kind: 'consumer',
              status: 'lagging',
              pending: 1520,
              detail: '1520 events waiting (limit 1000)',
            },
          ],
        },
      ],
    });
    renderScreen(<StatusPage />, { lang: 'en', user: ADMIN });

    const banner = await screen.findByTestId('status-banner');
    expect(within(banner).getByText('The system is running degraded')).toBeTruthy();
    const problems = within(banner)
      .getAllByTestId('status-problem')
      .map((p) => p.textContent);
    expect(problems).toEqual([
      'Reporting service: Read model (the dashboard figures) — failing',
      'Reporting service: Consumer of «course completed» events — lagging, 1,520 events waiting',
    ]);
    const reporting = screen.getByTestId('status-reporting');
    expect(within(reporting).getByText('Degraded')).toBeTruthy();
    expect(within(screen.getByTestId('status-training')).getByText('All passing')).toBeTruthy();
    expect(screen.queryByText('All services are running normally')).toBeNull();
    // How often npm start's supervisor brought a crashed service back.
    const restarts = (id: string) =>
      within(screen.getByTestId(id)).getByText('Restarted after a crash').closest('tr')?.textContent;
    expect(restarts('status-budget')).toBe('Restarted after a crash3');
    expect(restarts('status-training')).toBe('Restarted after a crash0');
  });

  it("names the gateway's e-mail queue while the mail server refuses, in Vietnamese, with its own card", async () => {
    gateway(
      {
        ...allUp,
        status: 'degraded',
        checks: [
          { name: 'gateway-reporting-notification-created', kind: 'consumer', status: 'ok', pending: 0 },
          { name: 'mail', kind: 'mail', status: 'failing', pending: 2 },
        ],
      },
      {
        ...figures,
        unreachable: [],
        consumers: [
          { service: 'gateway', name: 'gateway-reporting-notification-created', status: 'ok', pending: 3 },
        ],
      },
    );
    renderScreen(<StatusPage />, { lang: 'vi', user: ADMIN });

    const banner = await screen.findByTestId('status-banner');
    expect(
      within(banner)
        .getAllByTestId('status-problem')
        .map((p) => p.textContent),
    ).toEqual(['Cổng API (thư điện tử): Hàng đợi thư điện tử — máy chủ thư đang từ chối, 2 thư chờ gửi lại']);
    const card = screen.getByTestId('status-gateway');
    expect(within(card).getByText('Cổng API (thư điện tử)')).toBeTruthy();
    expect(
      within(card).getByText('Hàng đợi thư điện tử — máy chủ thư đang từ chối, 2 thư chờ gửi lại'),
    ).toBeTruthy();
    expect((await screen.findAllByTestId('operations-consumer')).map((c) => c.textContent)).toEqual([
      'Bộ tiếp nhận sự kiện «thông báo mới (gửi thư điện tử)» · Cổng API (thư điện tử)3 đang chờ',
    ]);
  });

  it('shows no gateway card while e-mail is off (the gateway has no checks of its own)', async () => {
    gateway(allUp);
    renderScreen(<StatusPage />, { lang: 'en', user: ADMIN });
    await screen.findByTestId('status-banner');
    expect(screen.queryByTestId('status-gateway')).toBeNull();
  });

  it('shows an administrator errors per minute, the slowest routes and each consumer’s lag', async () => {
    gateway(allUp);
    renderScreen(<StatusPage />, { lang: 'en', user: ADMIN });

    const errors = await screen.findByTestId('operations-errors');
    const stat = (title: string) =>
      within(errors).getByText(title).closest('.ant-statistic')?.querySelector('.ant-statistic-content')
        ?.textContent;
    expect(stat('This minute')).toBe('3');
    expect(stat('Average over 15 minutes')).toBe('0.6'); // 9 errors over 15 minutes
    expect(stat('Worst minute')).toBe('6');
    expect(within(errors).getByTestId('operations-share').textContent).toBe(
      '2.7% failed of 330 requests · 4 refused (4xx)',
    );
    const routes = within(screen.getByTestId('operations-routes'))
      .getAllByTestId('operations-route')
      .map((r) => r.textContent);
    expect(routes).toEqual([
      'POST /api/budget/estimates/:id/approve1,800 ms · 3 requests',
      'GET /api/training/courses42.5 ms · 40 requests',
    ]);
    const consumers = screen.getByTestId('operations-consumers');
    expect(within(consumers).getByText('Could not ask: Aid service')).toBeTruthy();
    expect(
      within(consumers)
        .getAllByTestId('operations-consumer')
        .map((c) => c.textContent),
    ).toEqual([
      'Consumer of «budget estimate approved» events · Reporting service1,520 waiting',
      'Consumer of «course completed» events · Reporting service0 waiting',
    ]);
  });

  it('says so in Vietnamese, and shows an empty window as such', async () => {
    gateway(allUp, { ...figures, slowestRoutes: [], consumers: [], unreachable: [] });
    renderScreen(<StatusPage />, { lang: 'vi', user: ADMIN });
    expect(await screen.findByText('Độ trễ sự kiện theo bộ tiêu thụ')).toBeTruthy();
    expect(screen.getByText('Chưa có yêu cầu nào')).toBeTruthy();
    expect(screen.getByText('Không có bộ tiêu thụ nào trả lời')).toBeTruthy();
  });

  it('shows other users the services alone, without asking for the operations figures', async () => {
    const fetch = gateway(allUp);
    renderScreen(<StatusPage />, { lang: 'en', user: SNV_VIEWER });
    await screen.findByTestId('status-banner');
    expect(screen.queryByTestId('operations')).toBeNull();
    expect(fetch.mock.calls.some(([url]) => url.includes('/api/system/metrics'))).toBe(false);
  });
});
