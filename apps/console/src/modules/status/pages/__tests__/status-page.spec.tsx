// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';
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

describe('StatusPage', () => {
  it('does not say all is well while the read model fails and a consumer lags; it names them', async () => {
    mockFetch(
      jsonResponse(200, {
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
      }),
    );
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
});
