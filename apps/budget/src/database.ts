import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { BudgetEstimate } from './estimates/budget-estimate.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The budget service's own data: its entities and committed migrations. */
export const DATABASE: ServiceDatabase = {
  service: 'budget',
  entities: [PlanRecord, AuditRecord, OutboxEvent, ProcessedEvent, BudgetEstimate],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
