import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import {
  AidFact,
  AidProjectFact,
  BudgetFact,
  CultureFact,
  CultureFactCountry,
  DelegationFact,
  DelegationFactCountry,
  TrainingFact,
} from './read-model/read-model.entities';
import { ReviewSnapshot } from './yearly-reports/review-snapshot.entity';
import { YearlyReport } from './yearly-reports/yearly-report.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * The reporting service's own data: the read model (fact tables fed by the departments' events) and the
 * events it has applied (all of which can be rebuilt from the streams), and the agencies' yearly reports.
 */
export const DATABASE: ServiceDatabase = {
  service: 'reporting',
  entities: [
    PlanRecord,
    AuditRecord,
    OutboxEvent,
    ProcessedEvent,
    TrainingFact,
    CultureFact,
    CultureFactCountry,
    AidFact,
    AidProjectFact,
    DelegationFact,
    DelegationFactCountry,
    BudgetFact,
    YearlyReport,
    ReviewSnapshot,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
