import { periodFilter, recordPath, recordsUrl } from '../records-link';

const ID = '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f';

describe('records links', () => {
  it('carries the period exactly: a year wins over a phase, neither is the whole plan', () => {
    expect(periodFilter({ year: 2020, phase: 'P1' })).toEqual({ year: 2020 });
    expect(periodFilter({ phase: 'P2' })).toEqual({ phase: 'P2' });
    expect(periodFilter({})).toEqual({});
  });

  it('writes the filters in one order, leaving out the empty ones', () => {
    expect(recordsUrl({ countryCode: 'LA', kind: 'event', phase: 'P1', planArea: undefined })).toBe(
      '/plan/records?kind=event&phase=P1&countryCode=LA',
    );
    expect(recordsUrl({ kind: 'budget-line', year: 2024, fundingSource: 'PROVINCIAL_BUDGET' })).toBe(
      '/plan/records?kind=budget-line&year=2024&fundingSource=PROVINCIAL_BUDGET',
    );
    expect(recordsUrl({ kind: 'course' })).toBe('/plan/records?kind=course');
  });

  it("opens each kind of record on its department's own page (a budget line on its estimate)", () => {
    expect(recordPath({ kind: 'course', recordId: ID })).toBe(`/training/courses/${ID}`);
    expect(recordPath({ kind: 'event', recordId: ID })).toBe(`/culture/${ID}`);
    expect(recordPath({ kind: 'aid-project', recordId: ID })).toBe(`/aid/projects/${ID}`);
    expect(recordPath({ kind: 'delegation', recordId: ID })).toBe(`/aid/delegations/${ID}`);
    expect(recordPath({ kind: 'budget-line', recordId: ID })).toBe(`/budget/${ID}`);
  });
});
