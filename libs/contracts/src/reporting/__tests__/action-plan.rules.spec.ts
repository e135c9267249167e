import { taskBehind } from '../action-plan.rules';

describe(taskBehind.name, () => {
  const open = { due: null };
  const dated = { due: '2017-06-30' };

  it('never counts a done task behind, even past its deadline', () => {
    expect(taskBehind(dated, { year: 2017, status: 'done' }, '2024-01-01')).toBeNull();
    expect(taskBehind(open, { year: 2025, status: 'done' }, '2026-06-01')).toBeNull();
  });

  it("is overdue once the plan's deadline (else the plan's end) has passed", () => {
    expect(taskBehind(dated, { year: 2017, status: 'in-progress' }, '2017-06-30')).toBeNull();
    expect(taskBehind(dated, { year: 2017, status: 'in-progress' }, '2017-07-01')).toBe('overdue');
    expect(taskBehind(open, { year: 2025, status: 'in-progress' }, '2025-12-31')).toBeNull();
    expect(taskBehind(open, { year: 2025, status: 'in-progress' }, '2026-01-01')).toBe('overdue');
  });

  it('is not reported when no progress was given after the first report was due (15 December 2017)', () => {
    expect(taskBehind(open, null, '2017-12-15')).toBeNull();
    expect(taskBehind(open, null, '2017-12-16')).toBe('not-reported');
  });

  it("is not started when the latest progress says so and that year's report is due", () => {
    expect(taskBehind(open, { year: 2020, status: 'not-started' }, '2020-12-15')).toBeNull();
    expect(taskBehind(open, { year: 2020, status: 'not-started' }, '2020-12-16')).toBe('not-started');
    expect(taskBehind(open, { year: 2020, status: 'in-progress' }, '2021-06-01')).toBeNull();
  });
});
