import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { TrainingCourse } from './courses/training-course.entity';
import { CertificateCounter } from './enrolments/certificate-counter.entity';
import { Enrolment } from './enrolments/enrolment.entity';
import { ActivityFunding } from '@ascc/service-kit';
import { Trainee } from './trainees/trainee.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The training service's own data: its entities and committed migrations. */
export const DATABASE: ServiceDatabase = {
  service: 'training',
  entities: [
    PlanRecord,
    AuditRecord,
    OutboxEvent,
    ProcessedEvent,
    TrainingCourse,
    Trainee,
    Enrolment,
    CertificateCounter,
    ActivityFunding,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
