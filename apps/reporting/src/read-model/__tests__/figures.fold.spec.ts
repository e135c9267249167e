import fc from 'fast-check';
import { MAX_AMOUNT, sumDong } from '@ascc/contracts';
import {
  type AreaRows,
  type DashboardRows,
  foldAid,
  foldArea,
  foldBudget,
  foldCulture,
  foldDashboard,
  foldDelegations,
  foldTraining,
} from '../figures.fold';

// Rows as the drivers return them: PostgreSQL gives counts and sums as strings and exact sums as one
// text column; SQLite gives numbers and the exact sums as `_hi`/`_lo` parts (see exactSumSql).

describe('foldTraining', () => {
  const groups = [
    {
      year: 2021,
      level: 'province',
      courses: '2',
      trained: '30',
      completed: '25',
      female: '12',
      commune: '6',
    },
    { year: 2019, level: 'commune', courses: 1, trained: 10, completed: 10, female: 4, commune: 10 },
    { year: '2021', level: 'commune', courses: 3, trained: 20, completed: 15, female: 9, commune: 4 },
  ];

  it('sums the totals, the levels (sorted) and the years (sorted) from the year × level groups', () => {
    expect(foldTraining(groups)).toEqual({
      courses: 6,
      trained: 60,
      completed: 50,
      female: 25,
      communeTrained: 20,
      communeShare: 20 / 60,
      byLevel: [
        { level: 'commune', courses: 4, trained: 30, completed: 25 },
        { level: 'province', courses: 2, trained: 30, completed: 25 },
      ],
      byYear: [
        { year: 2019, trained: 10, completed: 10 },
        { year: 2021, trained: 50, completed: 40 },
      ],
    });
  });

  it('gives zeros and a share of 0 without any course', () => {
    expect(foldTraining([])).toEqual({
      courses: 0,
      trained: 0,
      completed: 0,
      female: 0,
      communeTrained: 0,
      communeShare: 0,
      byLevel: [],
      byYear: [],
    });
  });
});

describe('foldCulture', () => {
  it('sums events and audience over the types and keeps the countries in the rows order', () => {
    const culture = foldCulture({
      byCountry: [
        { country_code: 'LA', asean: 1, events: '3' },
        { country_code: 'KR', asean: 0, events: 2 },
        { country_code: 'TH', asean: true, events: 1 },
      ],
      byType: [
        { type: 'exhibition', events: '2', audience: '1500' },
        { type: 'festival', events: 4, audience: null },
      ],
    });
    expect(culture).toEqual({
      events: 6,
      audience: 1500,
      aseanCountries: ['LA', 'TH'],
      byCountry: [
        { countryCode: 'LA', asean: true, events: 3 },
        { countryCode: 'KR', asean: false, events: 2 },
        { countryCode: 'TH', asean: true, events: 1 },
      ],
      byType: [
        { type: 'exhibition', events: 2, audience: 1500 },
        { type: 'festival', events: 4, audience: 0 },
      ],
    });
  });
});

describe('foldAid', () => {
  it('merges country × sector groups into exact totals, countries in order and sectors sorted', () => {
    const aid = foldAid([
      // SQLite's split sums: 9 007 199 254 740 993 is past 2^53, exact only as bigint.
      {
        country_code: 'JP',
        sector_code: '15110',
        asean: 0,
        committed_hi: 9007199,
        committed_lo: 254740993,
        disbursed_hi: 0,
        disbursed_lo: 1,
      },
      {
        country_code: 'JP',
        sector_code: '11220',
        asean: 0,
        committed_hi: 0,
        committed_lo: 7,
        disbursed_hi: 1,
        disbursed_lo: 0,
      },
      { country_code: null, sector_code: '11220', asean: 0, committed: '5', disbursed: '0' },
      { country_code: 'VN', sector_code: '11220', asean: '1', committed: '1', disbursed: '2' },
    ]);
    expect(aid).toEqual({
      committed: '9007199254741006',
      disbursed: '1000000003',
      byCountry: [
        { countryCode: 'JP', asean: false, committed: '9007199254741000', disbursed: '1000000001' },
        { countryCode: null, asean: false, committed: '5', disbursed: '0' },
        { countryCode: 'VN', asean: true, committed: '1', disbursed: '2' },
      ],
      bySector: [
        { sectorCode: '11220', committed: '13', disbursed: '1000000002' },
        { sectorCode: '15110', committed: '9007199254740993', disbursed: '1' },
      ],
    });
  });

  it('totals equal the bigint sum of the groups and of each split, whatever the amounts', () => {
    const group = fc.record({
      country: fc.constantFrom('JP', 'KR', null),
      sector: fc.constantFrom('11220', '15110', '12220'),
      committed: fc.bigInt({ min: 0n, max: BigInt(MAX_AMOUNT) * 1000n }),
      disbursed: fc.bigInt({ min: 0n, max: BigInt(MAX_AMOUNT) * 1000n }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 12 }), (groups) => {
        const aid = foldAid(
          groups.map((g) => ({
            country_code: g.country,
            sector_code: g.sector,
            asean: 0,
            committed: g.committed.toString(),
            disbursed: g.disbursed.toString(),
          })),
        );
        expect(aid.committed).toBe(sumDong(groups.map((g) => g.committed)));
        expect(aid.disbursed).toBe(sumDong(groups.map((g) => g.disbursed)));
        expect(sumDong(aid.byCountry.map((c) => c.committed))).toBe(aid.committed);
        expect(sumDong(aid.bySector.map((s) => s.disbursed))).toBe(aid.disbursed);
      }),
      { seed: 16, numRuns: 200 },
    );
  });
});

describe('foldDelegations and foldBudget', () => {
  it('read the totals row and map each group', () => {
    expect(
      foldDelegations({
        totals: [{ delegations: '3', inbound: '2', outbound: 1, members: '17' }],
        byCountry: [{ country_code: 'KH', asean: 1, delegations: '2' }],
      }),
    ).toEqual({
      delegations: 3,
      inbound: 2,
      outbound: 1,
      members: 17,
      byCountry: [{ countryCode: 'KH', asean: true, delegations: 2 }],
    });
    expect(
      foldBudget({
        totals: [{ estimates: '2', requested_hi: 1, requested_lo: 5, approved: '7' }],
        byAgency: [{ agency_code: 'SVHTTDL', requested: '1000000005', approved: '7' }],
        byFunding: [{ funding_source: 'state', requested: '10', approved: '0' }],
      }),
    ).toEqual({
      estimates: 2,
      requested: '1000000005',
      approved: '7',
      byAgency: [{ agencyCode: 'SVHTTDL', requested: '1000000005', approved: '7' }],
      byFundingSource: [{ fundingSource: 'state', requested: '10', approved: '0' }],
    });
  });

  it('give zeros when nothing was recorded (no totals row)', () => {
    expect(foldDelegations({ totals: [], byCountry: [] })).toMatchObject({ delegations: 0, members: 0 });
    expect(foldBudget({ totals: [], byAgency: [], byFunding: [] })).toMatchObject({
      estimates: 0,
      requested: '0',
      approved: '0',
    });
  });
});

describe('foldDashboard', () => {
  it('puts the span, the events applied, the lag and each department together', () => {
    const rows: DashboardRows = {
      training: [
        { year: 2020, level: 'province', courses: 1, trained: 4, completed: 4, female: 2, commune: 1 },
      ],
      culture: { byCountry: [], byType: [{ type: 'festival', events: 1, audience: 50 }] },
      aid: [],
      delegations: { totals: [{ delegations: 0, inbound: 0, outbound: 0, members: 0 }], byCountry: [] },
      budget: { totals: [{ estimates: 0, requested: '0', approved: '0' }], byAgency: [], byFunding: [] },
    };
    const dashboard = foldDashboard({ from: 2017, to: 2020 }, { eventsApplied: 9, lag: 2 }, rows);
    expect(dashboard).toMatchObject({ yearFrom: 2017, yearTo: 2020, eventsApplied: 9, lag: 2 });
    expect(dashboard.training).toEqual(foldTraining(rows.training));
    expect(dashboard.culture).toMatchObject({ events: 1, audience: 50 });
    expect(dashboard.aid).toEqual({ committed: '0', disbursed: '0', byCountry: [], bySector: [] });
  });
});

describe('foldArea', () => {
  it('merges each department’s years into one row per year, sorted, zeros where nothing happened', () => {
    const rows: AreaRows = {
      training: {
        totals: [{ courses: '2', trained: '40', completed: '30' }],
        byYear: [{ year: 2022, v: '40' }],
      },
      culture: { totals: [{ events: 1, audience: 300 }], byYear: [{ year: '2019', v: 1 }] },
      aid: {
        totals: [{ projects: 1, committed: '12', disbursed_hi: 2, disbursed_lo: 3 }],
        byYear: [{ year: 2022, disbursed_hi: 2, disbursed_lo: 3 }],
      },
      delegations: { totals: [{ delegations: 0, members: 0 }], byYear: [] },
      budget: { totals: [{ lines: 1, requested: '9', approved: '8' }], byYear: [{ year: 2019, v: '8' }] },
    };
    expect(foldArea('III.1', rows)).toEqual({
      code: 'III.1',
      training: { courses: 2, trained: 40, completed: 30 },
      culture: { events: 1, audience: 300 },
      aid: { projects: 1, committed: '12', disbursed: '2000000003' },
      delegations: { delegations: 0, members: 0 },
      budget: { lines: 1, requested: '9', approved: '8' },
      byYear: [
        { year: 2019, trained: 0, events: 1, disbursed: '0', delegations: 0, approved: '8' },
        { year: 2022, trained: 40, events: 0, disbursed: '2000000003', delegations: 0, approved: '0' },
      ],
    });
  });
});
