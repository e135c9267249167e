import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { BudgetConsolidation } from './consolidation/budget-consolidation.entity';
import { BudgetEstimate } from './estimates/budget-estimate.entity';
import { BudgetLineAttachment } from './estimates/budget-line-attachment.entity';
import { BudgetLine } from './estimates/budget-line.entity';
import { BudgetDeadline } from './estimates/budget-deadline.entity';
import { BudgetEstimateVersion } from './estimates/budget-estimate-version.entity';
import { BudgetReview } from './estimates/budget-review.entity';
import { IdempotencyRecord } from './estimates/idempotency-record.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The budget service's own data: its entities and committed migrations. */
export const DATABASE: ServiceDatabase = {
  service: 'budget',
  entities: [
    PlanRecord,
    AuditRecord,
    OutboxEvent,
    ProcessedEvent,
    BudgetEstimate,
    BudgetLine,
    BudgetLineAttachment,
    BudgetEstimateVersion,
    BudgetReview,
    IdempotencyRecord,
    BudgetDeadline,
    BudgetConsolidation,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
