// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';
import DashboardPage from '../dashboard-page';

const page = (total: number) => ({ items: [], total, totalCapped: false, page: 1, pageSize: 1 });

// One card that cannot be drawn: the split by country throws while rendering (as a bad record would).
jest.mock('../../components/split-card', () => {
  const actual = jest.requireActual('../../components/split-card');
  return {
    ...actual,
    SplitCard: (props: { testId: string }) => {
      if (props.testId === 'asean-countries') throw new Error('a bad record in the split by country');
      return actual.SplitCard(props);
    },
  };
});

const DASHBOARD = {
  yearFrom: 2017,
  yearTo: 2025,
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
    aseanCountries: ['LA'],
    byCountry: [{ countryCode: 'LA', asean: true, events: 5 }],
    byType: [],
  },
  aid: { committed: '0', disbursed: '0', byCountry: [], bySector: [] },
  budget: { estimates: 0, requested: '0', approved: '0', byAgency: [], byFundingSource: [] },
};

// The dashboard page with its charts is the console's largest screen: jsdom takes a while.
const SLOW = 45_000;

describe('DashboardPage fails locally', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React reports the caught render error on the console; the part shows its own message.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it(
    'shows a failed count and a card that cannot be drawn as their own errors; every other card still works',
    async () => {
      routeFetch((url) => {
        if (url.startsWith('/api/reporting/dashboard')) return jsonResponse(200, DASHBOARD);
        if (url.startsWith('/api/aid/ngos'))
          return jsonResponse(500, { code: 'INTERNAL', status: 500, message: 'Internal error' });
        if (url.startsWith('/api/training/courses')) return jsonResponse(200, page(61));
        if (url.startsWith('/api/culture/events')) return jsonResponse(200, page(172));
        if (url.startsWith('/api/budget/estimates')) return jsonResponse(200, page(30));
        return jsonResponse(200, page(0));
      });
      renderScreen(<DashboardPage />, { lang: 'en', user: ADMIN });

      // The figures the read model gave still show, with their links.
      const trained = await screen.findByTestId('figure-trained');
      expect(within(trained).getByTestId('figure-value').textContent).toBe('245');
      expect(screen.getByTestId('split-level')).toBeTruthy();
      // The one split that cannot be drawn shows its own error in its place, not a blank page.
      expect(screen.queryByTestId('asean-countries')).toBeNull();
      const broken = screen.getByTestId('fail-local');
      expect(within(broken).getByText('This part could not be loaded')).toBeTruthy();
      expect(within(broken).getByRole('button', { name: 'Retry' })).toBeTruthy();

      // The count whose request failed says so; the other departments' counts are there.
      const aid = await screen.findByTestId('count-aid');
      expect(within(aid).getByText('Could not load')).toBeTruthy();
      await within(screen.getByTestId('count-training')).findByText('61');
      expect(within(screen.getByTestId('count-culture')).getByTestId('count-value').textContent).toBe('172');
      expect(screen.getByRole('heading', { level: 2, name: 'Plan progress at a glance' })).toBeTruthy();
    },
    SLOW,
  );
});
