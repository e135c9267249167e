import type { AidReport, Consolidation, CultureReport, Dashboard, TrainingStats } from '@ascc/contracts';
import { toDong } from '@ascc/contracts';
import { waitFor } from '@ascc/runtime';

/**
 * What the reconciliation reads: a department route as a user who sees every agency (the admin), and
 * the read model's dashboard (`query`: `?year=…` or `?phase=…`) as the plan coordinator.
 */
export interface ReconciliationReader {
  get<T>(path: string): Promise<T>;
  dashboard(query?: string): Promise<Dashboard>;
}

/** One figure on which the read model and the department that owns the records disagree. */
export interface Mismatch {
  figure: string;
  readModel: unknown;
  department: unknown;
}

/** A figure of the aid service (a number, or a đồng total string) as the read model gives it: digits. */
const dong = (value: number | string) => toDong(value).toString();

/**
 * The reconciliation: the reporting service's read model, built from the events, against each
 * department's own statistics — for the whole plan and for each of `years`: people trained and courses
 * completed, cultural events held and their audience and ASEAN countries, aid committed and disbursed (by
 * year and by donor country), budget requested and approved. An event lost or applied twice shows as a
 * mismatch. Returns the mismatches (none when the books agree).
 */
export async function reconciliationMismatches(
  read: ReconciliationReader,
  years: readonly number[],
): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  const compare = (figure: string, readModel: unknown, department: unknown) => {
    if (JSON.stringify(readModel) !== JSON.stringify(department))
      mismatches.push({ figure, readModel, department });
  };

  const all = await read.dashboard();
  const stats = await read.get<TrainingStats>('/api/training/stats');
  compare('training.trained', all.training.trained, stats.totals.trained);
  compare('training.completed', all.training.completed, stats.totals.completed);
  compare('training.communeTrained', all.training.communeTrained, stats.totals.communeTrained);
  const aid = await read.get<AidReport>('/api/aid/reports/aid?groupBy=year');
  compare('aid.committed', all.aid.committed, dong(aid.totals.committed));
  compare('aid.disbursed', all.aid.disbursed, dong(aid.totals.disbursed));
  const aidByCountry = await read.get<AidReport>('/api/aid/reports/aid?groupBy=country');
  for (const row of aidByCountry.rows) {
    const mine = all.aid.byCountry.find((c) => c.countryCode === (row.countryCode ?? null));
    compare(
      `aid of ${row.countryCode}`,
      { committed: mine?.committed, disbursed: mine?.disbursed },
      { committed: dong(row.committed), disbursed: dong(row.disbursed) },
    );
  }

  for (const year of years) {
    const d = await read.dashboard(`?year=${year}`);
    const s = await read.get<TrainingStats>(`/api/training/stats?yearFrom=${year}&yearTo=${year}`);
    compare(
      `${year} training`,
      [d.training.trained, d.training.completed],
      [s.totals.trained, s.totals.completed],
    );
    const culture = await read.get<CultureReport>(`/api/culture/reports?year=${year}`);
    const held = await read.get<{ total: number }>(`/api/culture/events?year=${year}&status=held`);
    const reported = await read.get<{ total: number }>(`/api/culture/events?year=${year}&status=reported`);
    compare(
      `${year} culture`,
      [d.culture.events, d.culture.audience],
      [held.total + reported.total, culture.totals.audience],
    );
    const aseanOfYear = culture.aseanByYear.find((y) => y.year === year)?.countryCodes ?? [];
    compare(`${year} ASEAN countries`, [...d.culture.aseanCountries].sort(), [...aseanOfYear].sort());
    const aidYear = await read.get<AidReport>(
      `/api/aid/reports/aid?groupBy=year&yearFrom=${year}&yearTo=${year}`,
    );
    compare(
      `${year} aid`,
      [d.aid.committed, d.aid.disbursed],
      [dong(aidYear.totals.committed), dong(aidYear.totals.disbursed)],
    );
    const budget = await read.get<Consolidation>(`/api/budget/consolidations/${year}`);
    compare(
      `${year} budget`,
      [d.budget.requested, d.budget.approved],
      [budget.totals.requested, budget.totals.approved],
    );
  }
  return mismatches;
}

/**
 * Waits until the read model has taken in every published event: nothing pending on its consumers and
 * the applied count unchanged (and at least `minApplied`) over three polls half a second apart.
 */
export async function readModelCaughtUp(
  dashboard: () => Promise<Dashboard>,
  timeoutMs = 90_000,
  /** Events that must have been applied at least (the seeded province's are many). */
  minApplied = 1,
): Promise<void> {
  let last = -1;
  let stable = 0;
  let seen: Pick<Dashboard, 'lag' | 'eventsApplied'> | undefined;
  await waitFor(
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const d = await dashboard();
      seen = { lag: d.lag, eventsApplied: d.eventsApplied };
      stable = d.lag === 0 && d.eventsApplied === last && last >= minApplied ? stable + 1 : 0;
      last = d.eventsApplied;
      return stable >= 3;
    },
    'the read model to catch up',
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(`${error.message} (last seen: ${JSON.stringify(seen)})`);
  });
}
