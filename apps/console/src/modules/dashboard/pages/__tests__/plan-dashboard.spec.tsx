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
    committed: '5000000000',
    disbursed: '2000000000',
    byCountry: [{ countryCode: 'KR', asean: false, committed: '5000000000', disbursed: '2000000000' }],
    bySector: [{ sectorCode: '12220', committed: '5000000000', disbursed: '2000000000' }],
  },
  budget: {
    estimates: 30,
    requested: '9000000000',
    approved: '8000000000',
    byAgency: [{ agencyCode: 'SNV', requested: '900000000', approved: '800000000' }],
    byFundingSource: [
      { fundingSource: 'PROVINCIAL_BUDGET', requested: '9000000000', approved: '8000000000' },
    ],
  },
};

const DELEGATIONS = {
  delegations: 6,
  inbound: 4,
  outbound: 2,
  members: 48,
  byCountry: [{ countryCode: 'LA', asean: true, delegations: 3 }],
};

// The dashboard is the console's largest screen (five cards, eight splits): jsdom takes a while.
const SLOW = 45_000;

const href = (element: HTMLElement | null) => element?.closest('a')?.getAttribute('href');

describe('PlanDashboard', () => {
  it(
    "shows the year's figures from one read-model request, each opening the records behind it",
    async () => {
      const fetch = mockFetch(jsonResponse(200, DASHBOARD));
      renderScreen(<PlanDashboard />, { lang: 'en', url: '/?year=2020', user: COORDINATOR });

      const trained = await screen.findByTestId('figure-trained');
      expect(within(trained).getByTestId('figure-value').textContent).toBe('245');
      expect(within(trained).getByText(/Commune level: 40 %/)).toBeTruthy();
      // The figures come from one read-model request (the indicators' card asks for their progress apart).
      const figures = fetch.mock.calls.filter(([url]) => !String(url).startsWith('/api/reporting/indicator'));
      expect(figures.map(([url]) => url)).toEqual(['/api/reporting/dashboard?year=2020']);

      expect(screen.getByTestId('figure-trained-open').getAttribute('href')).toBe(
        '/plan/records?kind=course&year=2020',
      );
      expect(href(screen.getByTestId('figure-commune'))).toBe(
        '/plan/records?kind=course&year=2020&level=commune',
      );
      expect(screen.getByTestId('figure-events-open').getAttribute('href')).toBe(
        '/plan/records?kind=event&year=2020',
      );
      expect(screen.getByTestId('figure-aid-open').getAttribute('href')).toBe(
        '/plan/records?kind=aid-project&year=2020',
      );
      expect(screen.getByTestId('figure-budget-open').getAttribute('href')).toBe(
        '/plan/records?kind=budget-line&year=2020',
      );
      // Every split opens the same period's records with the split as a filter.
      expect(href(within(screen.getByTestId('split-level')).getByText('Commune level'))).toBe(
        '/plan/records?kind=course&year=2020&level=commune',
      );
      expect(href(screen.getByText('Republic of Korea', { exact: false }))).toBe(
        '/plan/records?kind=aid-project&year=2020&countryCode=KR',
      );
      expect(href(within(screen.getByTestId('split-aid-sector')).getByText(/^12220/))).toBe(
        '/plan/records?kind=aid-project&year=2020&sectorCode=12220',
      );
      expect(
        href(within(screen.getByTestId('split-budget-agency')).getByText('Department of Home Affairs')),
      ).toBe('/plan/records?kind=budget-line&year=2020&agencyCode=SNV');
      expect(
        within(screen.getByTestId('split-budget-source'))
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(['/plan/records?kind=budget-line&year=2020&fundingSource=PROVINCIAL_BUDGET']);
      expect(href(within(screen.getByTestId('split-event-type')).getByText('Festival'))).toBe(
        '/plan/records?kind=event&year=2020&type=festival',
      );
      const countries = within(screen.getByTestId('asean-countries')).getAllByRole('link');
      expect(countries.map((a) => a.getAttribute('href'))).toEqual([
        '/plan/records?kind=event&year=2020&countryCode=LA',
        '/plan/records?kind=event&year=2020&countryCode=TH',
      ]);
      // No delegations in the answer (a snapshot frozen before they were counted): no card.
      expect(screen.queryByTestId('figure-delegations')).toBeNull();
    },
    SLOW,
  );

  it(
    'keeps a phase exactly in every drill-down, and shows the delegations when counted',
    async () => {
      mockFetch(jsonResponse(200, { ...DASHBOARD, delegations: DELEGATIONS }));
      renderScreen(<PlanDashboard />, { lang: 'en', url: '/?phase=P1', user: COORDINATOR });
      await screen.findByTestId('figure-trained');
      expect(screen.getByTestId('figure-budget-open').getAttribute('href')).toBe(
        '/plan/records?kind=budget-line&phase=P1',
      );
      const delegations = screen.getByTestId('figure-delegations');
      expect(within(delegations).getByTestId('figure-value').textContent).toBe('6');
      expect(screen.getByTestId('figure-delegations-open').getAttribute('href')).toBe(
        '/plan/records?kind=delegation&phase=P1',
      );
      expect(href(within(delegations).getByText('Inbound: 4'))).toBe(
        '/plan/records?kind=delegation&phase=P1&type=inbound',
      );
      expect(
        within(screen.getByTestId('split-delegation-country'))
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(['/plan/records?kind=delegation&phase=P1&countryCode=LA']);
    },
    SLOW,
  );

  it(
    "opens the whole plan's records without a period, its totals past 2^53 shown to the last đồng",
    async () => {
      const big = '9999999999999999989';
      const fetch = mockFetch(
        jsonResponse(200, {
          ...DASHBOARD,
          aid: { ...DASHBOARD.aid, committed: big },
          budget: {
            ...DASHBOARD.budget,
            approved: big,
            byAgency: [{ agencyCode: 'SNV', requested: big, approved: big }],
          },
        }),
      );
      renderScreen(<PlanDashboard />, { lang: 'en', url: '/', user: COORDINATOR });
      await screen.findByTestId('figure-trained');
      expect(fetch.mock.calls[0][0]).toBe('/api/reporting/dashboard');
      expect(screen.getByTestId('figure-events-open').getAttribute('href')).toBe('/plan/records?kind=event');
      const exact = 'VND\u00a09,999,999,999,999,999,989';
      expect(within(screen.getByTestId('figure-aid')).getByTestId('figure-value').textContent).toBe(exact);
      expect(within(screen.getByTestId('figure-budget')).getByTestId('figure-value').textContent).toBe(exact);
      const cells = within(screen.getByTestId('split-budget-agency')).getAllByRole('cell');
      expect(cells.filter((cell) => cell.textContent === exact)).toHaveLength(2);
    },
    SLOW,
  );
});
