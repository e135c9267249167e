import {
  type AidReport,
  type Consolidation,
  type CultureReport,
  type Dashboard,
  type TrainingStats,
  toDong,
} from '@ascc/contracts';

/** How the check reads: a department's report (as an administrator) and the coordinator's dashboard. */
export interface ReconciliationReaders {
  read<T>(path: string): Promise<T>;
  /** `query`: `?year=…` or `?phase=…`. */
  dashboard(query?: string): Promise<Dashboard>;
}

/** One figure where the read model and the department that owns it disagree. */
export interface Mismatch {
  figure: string;
  readModel: unknown;
  department: unknown;
}

/** A figure as digits: the aid service's (a number, or a đồng total string) as the read model gives it. */
const dong = (value: number | string) => toDong(value).toString();

/**
 * The reconciliation of the reporting read model with each department's own statistics — for the whole
 * plan and for each of `years`: people trained and completed, culture events and audience and ASEAN
 * countries, aid committed and disbursed (by year and by donor country), budget requested and
 * approved. Returns the figures that differ: none when departments, read model and dashboard agree.
 */
export async function reconcile(readers: ReconciliationReaders, years: number[]): Promise<Mismatch[]> {
  const { read, dashboard } = readers;
  const mismatches: Mismatch[] = [];
  const same = (figure: string, readModel: unknown, department: unknown) => {
    if (JSON.stringify(readModel) !== JSON.stringify(department))
      mismatches.push({ figure, readModel, department });
  };

  const all = await dashboard();
  const stats = await read<TrainingStats>('/api/training/stats');
  same('training.trained', all.training.trained, stats.totals.trained);
  same('training.completed', all.training.completed, stats.totals.completed);
  same('training.communeTrained', all.training.communeTrained, stats.totals.communeTrained);

  const aid = await read<AidReport>('/api/aid/reports/aid?groupBy=year');
  same('aid.committed', all.aid.committed, dong(aid.totals.committed));
  same('aid.disbursed', all.aid.disbursed, dong(aid.totals.disbursed));
  const aidByCountry = await read<AidReport>('/api/aid/reports/aid?groupBy=country');
  for (const row of aidByCountry.rows) {
    const mine = all.aid.byCountry.find((c) => c.countryCode === (row.countryCode ?? null));
    same(`aid.byCountry.${row.countryCode}.committed`, mine?.committed, dong(row.committed));
    same(`aid.byCountry.${row.countryCode}.disbursed`, mine?.disbursed, dong(row.disbursed));
  }

  for (const year of years) {
    const d = await dashboard(`?year=${year}`);
    const s = await read<TrainingStats>(`/api/training/stats?yearFrom=${year}&yearTo=${year}`);
    same(`${year} training.trained`, d.training.trained, s.totals.trained);
    same(`${year} training.completed`, d.training.completed, s.totals.completed);

    const culture = await read<CultureReport>(`/api/culture/reports?year=${year}`);
    const held = await read<{ total: number }>(`/api/culture/events?year=${year}&status=held`);
    const reported = await read<{ total: number }>(`/api/culture/events?year=${year}&status=reported`);
    same(`${year} culture.events`, d.culture.events, held.total + reported.total);
    same(`${year} culture.audience`, d.culture.audience, culture.totals.audience);
    const aseanOfYear = culture.aseanByYear.find((y) => y.year === year)?.countryCodes ?? [];
    same(`${year} culture.aseanCountries`, [...d.culture.aseanCountries].sort(), [...aseanOfYear].sort());

    const aidYear = await read<AidReport>(
      `/api/aid/reports/aid?groupBy=year&yearFrom=${year}&yearTo=${year}`,
    );
    same(`${year} aid.committed`, d.aid.committed, dong(aidYear.totals.committed));
    same(`${year} aid.disbursed`, d.aid.disbursed, dong(aidYear.totals.disbursed));

    const budget = await read<Consolidation>(`/api/budget/consolidations/${year}`);
    same(`${year} budget.requested`, d.budget.requested, budget.totals.requested);
    same(`${year} budget.approved`, d.budget.approved, budget.totals.approved);
  }
  return mismatches;
}
