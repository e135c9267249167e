// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { COORDINATOR } from '../../../../test/users';
import PlanDashboard from '../plan-dashboard';

const DASHBOARD = {
  yearFrom: 2020,
  yearTo: 2020,
  eventsApplied: 120,
  lag: 0,
  training: {
    courses: 7,
    trained: 245,
    completed: 200,
    female: 120,
    communeTrained: 98,
    communeShare: 0.4,
    byLevel: [{ level: 'commune', courses: 3, trained: 98, completed: 80 }],
    byYear: [{ year: 2020, trained: 245, completed: 200 }],
  },
  culture: {
    events: 12,
    audience: 34_000,
    aseanCountries: ['LA', 'TH'],
    byCountry: [
      { countryCode: 'LA', asean: true, events: 5 },
      { countryCode: 'TH', asean: true, events: 4 },
    ],
    byType: [{ type: 'festival', events: 12, audience: 34_000 }],
  },
  aid: {
    committed: 5_000_000_000,
    disbursed: 2_000_000_000,
    byCountry: [{ countryCode: 'KR', asean: false, committed: 5_000_000_000, disbursed: 2_000_000_000 }],
    bySector: [{ sectorCode: '12220', committed: 5_000_000_000, disbursed: 2_000_000_000 }],
  },
  budget: {
    estimates: 30,
    requested: 9_000_000_000,
    approved: 8_000_000_000,
    byAgency: [{ agencyCode: 'SNV', requested: 900_000_000, approved: 800_000_000 }],
    byFundingSource: [
      { fundingSource: 'PROVINCIAL_BUDGET', requested: 9_000_000_000, approved: 8_000_000_000 },
    ],
  },
};

describe('PlanDashboard', () => {
  it("shows the year's figures from one read-model request, each linking to the records behind it", async () => {
    const fetch = mockFetch(jsonResponse(200, DASHBOARD));
    renderScreen(<PlanDashboard />, { lang: 'en', url: '/?year=2020', user: COORDINATOR });

    const trained = await screen.findByTestId('figure-trained');
    expect(within(trained).getByTestId('figure-value').textContent).toBe('245');
    expect(within(trained).getByText(/Commune level: 40 %/)).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('/api/reporting/dashboard?year=2020');

    const budgetLink = screen.getByTestId('figure-budget-open').getAttribute('href');
    expect(budgetLink).toBe('/budget?fiscalYear=2020&status=approved');
    expect(screen.getByText('Republic of Korea', { exact: false }).closest('a')?.getAttribute('href')).toBe(
      '/aid/projects?donorCountryCode=KR',
    );
    expect(within(screen.getByTestId('asean-countries')).getAllByRole('link')).toHaveLength(2);
  });
});
