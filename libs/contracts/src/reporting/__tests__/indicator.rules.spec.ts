import { type PlanIndicator, indicatorProgress, indicatorStatus } from '../../index';

const base = { direction: 'higher' as const, baseline: null, baselineYear: null, targets: [] };

describe(indicatorStatus.name, () => {
  it('has no data without a target or without a value', () => {
    expect(indicatorStatus(base, { year: 2020, value: 5 }).status).toBe('no-data');
    expect(indicatorStatus({ ...base, targets: [{ year: 2020, value: 5 }] }, null).status).toBe('no-data');
  });

  it('judges the latest value against the straight path from the baseline to the target that applies', () => {
    const kindergarten = {
      ...base,
      baseline: 80,
      baselineYear: 2016,
      targets: [
        { year: 2025, value: 100 },
        { year: 2020, value: 90 },
      ],
    };
    // 2018: the 2020 target applies; expected 80 + (90 − 80) × 2/4 = 85.
    expect(indicatorStatus(kindergarten, { year: 2018, value: 85 })).toEqual({
      status: 'on-track',
      target: { year: 2020, value: 90 },
      expected: 85,
    });
    // Short by 15 of 85: at risk (≤ 17); short by 18: off track.
    expect(indicatorStatus(kindergarten, { year: 2018, value: 70 }).status).toBe('at-risk');
    expect(indicatorStatus(kindergarten, { year: 2018, value: 67 }).status).toBe('off-track');
    // 2023: the 2025 target; after the last target, the last one.
    expect(indicatorStatus(kindergarten, { year: 2023, value: 1 }).target).toEqual({
      year: 2025,
      value: 100,
    });
    expect(indicatorStatus(kindergarten, { year: 2026, value: 100 })).toMatchObject({
      status: 'on-track',
      expected: 100,
    });
  });

  it('reads "lower is better" the other way round', () => {
    const poverty = {
      ...base,
      direction: 'lower' as const,
      baseline: 10,
      baselineYear: 2015,
      targets: [{ year: 2020, value: 5 }],
    };
    expect(indicatorStatus(poverty, { year: 2020, value: 4.5 }).status).toBe('on-track');
    expect(indicatorStatus(poverty, { year: 2020, value: 5.9 }).status).toBe('at-risk');
    expect(indicatorStatus(poverty, { year: 2020, value: 7 }).status).toBe('off-track');
  });
});

describe(indicatorProgress.name, () => {
  const indicator = {
    ...base,
    cumulative: true,
    targets: [{ year: 2020, value: 100 }],
  } as unknown as PlanIndicator;
  const v = (year: number, value: number | string) => ({
    year,
    value,
    agencyCode: null,
    source: null,
    comment: null,
  });

  it('sums a cumulative indicator from its first year, shows the span and judges its latest total', () => {
    const p = indicatorProgress(indicator, [v(2019, 30), v(2017, 40), v(2018, 20)], { from: 2018, to: 2019 });
    expect(p.values.map((x) => [x.year, x.value])).toEqual([
      [2018, 60],
      [2019, 90],
    ]);
    expect([p.latest?.value, p.status]).toEqual([90, 'on-track']);
  });

  it('sums money exactly, as whole đồng strings', () => {
    const p = indicatorProgress(indicator, [v(2017, '9007199254740993'), v(2018, '1')]);
    expect(p.values.map((x) => x.value)).toEqual(['9007199254740993', '9007199254740994']);
  });
});
