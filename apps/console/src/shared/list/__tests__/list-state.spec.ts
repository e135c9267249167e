import { ListBudgetEstimatesSchema, ListTrainingCoursesSchema } from '@ascc/contracts';
import { hasSearchOrFilter, parseListState, serialiseListState } from '../list-state';

const params = (query: string) => new URLSearchParams(query);

describe(parseListState.name, () => {
  it("gives the contract's defaults for an empty URL", () => {
    expect(parseListState(ListTrainingCoursesSchema, params(''))).toEqual({
      page: 1,
      pageSize: 20,
      sort: 'startDate',
      order: 'desc',
    });
  });

  it('reads page, size, sort, order, search and filters, coercing numbers', () => {
    const state = parseListState(
      ListTrainingCoursesSchema,
      params('page=3&pageSize=50&sort=capacity&order=asc&q=hội nhập&topic=it&agencyCode=SNV'),
    );
    expect(state).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'capacity',
      order: 'asc',
      q: 'hội nhập',
      topic: 'it',
      agencyCode: 'SNV',
    });
  });

  it('drops only the bad values of a hand-edited link and keeps the good ones', () => {
    const state = parseListState(
      ListTrainingCoursesSchema,
      params('page=-2&pageSize=1000&sort=password&order=sideways&topic=cooking&status=open'),
    );
    expect(state).toEqual({ page: 1, pageSize: 20, sort: 'startDate', order: 'desc', status: 'open' });
  });

  it('treats an empty or blank parameter as absent', () => {
    expect(parseListState(ListTrainingCoursesSchema, params('q=%20%20&topic=')).q).toBeUndefined();
  });

  it('reads a numeric filter such as the fiscal year as a number', () => {
    expect(parseListState(ListBudgetEstimatesSchema, params('fiscalYear=2025')).fiscalYear).toBe(2025);
    expect(parseListState(ListBudgetEstimatesSchema, params('fiscalYear=1990')).fiscalYear).toBeUndefined();
  });
});

describe(serialiseListState.name, () => {
  it('writes only what differs from the defaults, in a stable order', () => {
    const query = serialiseListState(ListTrainingCoursesSchema, {
      topic: 'it',
      page: 2,
      pageSize: 20,
      sort: 'startDate',
      order: 'asc',
      q: 'asean',
    });
    expect(query.toString()).toBe('page=2&order=asc&q=asean&topic=it');
  });

  it('writes nothing for the default view, so the plain path is its link', () => {
    const state = parseListState(ListTrainingCoursesSchema, params(''));
    expect(serialiseListState(ListTrainingCoursesSchema, state).toString()).toBe('');
  });

  it('round-trips: a link reproduces the same view', () => {
    const link =
      'page=4&pageSize=50&sort=requestedAmount&order=asc&q=du+toan&fiscalYear=2024&status=approved';
    const state = parseListState(ListBudgetEstimatesSchema, params(link));
    expect(serialiseListState(ListBudgetEstimatesSchema, state).toString()).toBe(link);
  });

  it('drops cleared values', () => {
    expect(serialiseListState(ListTrainingCoursesSchema, { q: '', topic: undefined }).toString()).toBe('');
  });
});

describe(hasSearchOrFilter.name, () => {
  it('tells a filtered view from a merely sorted or paged one', () => {
    expect(hasSearchOrFilter(parseListState(ListTrainingCoursesSchema, params('page=2&sort=code')))).toBe(
      false,
    );
    expect(hasSearchOrFilter(parseListState(ListTrainingCoursesSchema, params('q=asean')))).toBe(true);
    expect(hasSearchOrFilter(parseListState(ListTrainingCoursesSchema, params('status=open')))).toBe(true);
  });
});
