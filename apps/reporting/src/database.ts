import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { ActionPlanRecord } from './action-plans/action-plan.entity';
import { PlanIndicatorRecord } from './indicators/plan-indicator.entity';
import { READ_MODEL_ENTITIES } from './read-model/read-model.entities';
import { ReviewSnapshot } from './yearly-reports/review-snapshot.entity';
import { YearlyReport } from './yearly-reports/yearly-report.entity';
import { Notification } from './notifications/notification.entity';
import { NotificationRead } from './notifications/notification-read.entity';
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
    ...READ_MODEL_ENTITIES,
    YearlyReport,
    ReviewSnapshot,
    PlanIndicatorRecord,
    Notification,
    NotificationRead,
    ActionPlanRecord,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
