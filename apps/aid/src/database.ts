import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { Delegation } from './delegations/delegation.entity';
import { DelegationCountry } from './delegations/delegation-country.entity';
import { Ngo } from './ngos/ngo.entity';
import { AidProject } from './projects/aid-project.entity';
import { AidTransaction } from './projects/aid-transaction.entity';
import { ProjectLocation } from './projects/project-location.entity';
import { ProjectSector } from './projects/project-sector.entity';

/** The aid service's own data: its entities and committed migrations. */
export const DATABASE: ServiceDatabase = {
  service: 'aid',
  entities: [
    PlanRecord,
    AuditRecord,
    OutboxEvent,
    ProcessedEvent,
    Ngo,
    AidProject,
    ProjectSector,
    ProjectLocation,
    AidTransaction,
    Delegation,
    DelegationCountry,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
