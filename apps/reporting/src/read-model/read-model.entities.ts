import { AidFact } from './aid-fact.entity';
import { AidProjectFact } from './aid-project-fact.entity';
import { BudgetFact } from './budget-fact.entity';
import { CultureFactCountry } from './culture-fact-country.entity';
import { CultureFact } from './culture-fact.entity';
import { DelegationFactCountry } from './delegation-fact-country.entity';
import { DelegationFact } from './delegation-fact.entity';
import { REMINDER_FACT_ENTITIES } from '../notifications/facts/reminder-projections';
import { TrainingFact } from './training-fact.entity';

/**
 * The read model: one fact row per thing the departments announced, keyed by the source record, so an
 * event about the same record again (a held event later reported) replaces its figures instead of
 * adding to them. Every table can be cleared and refilled from the publishers' streams.
 *
 * Indexes (declared on each fact's entity): the dashboard's and the plan areas' sums read covering
 * indexes (period or plan area first, then the grouped columns and the summed figures), so a GROUP BY
 * over a million facts scans a narrow index instead of the wide rows (titles, search text) — or, worse,
 * the rows one by one through an index that lacks the figures. Measured by tools/bench-read-model.ts.
 *
 * Every table of the read model, in an order a clear can delete them in (no foreign keys between them).
 */
export const READ_MODEL_ENTITIES = [
  CultureFactCountry,
  CultureFact,
  TrainingFact,
  AidFact,
  AidProjectFact,
  DelegationFactCountry,
  DelegationFact,
  BudgetFact,
  ...REMINDER_FACT_ENTITIES,
] as const;
