import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, OutboxEvent, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { CulturalEventAttachment } from './events/cultural-event-attachment.entity';
import { CulturalEventCoOrganiser } from './events/cultural-event-co-organiser.entity';
import { CulturalEventCountry } from './events/cultural-event-country.entity';
import { CulturalEventRegistration } from './events/cultural-event-registration.entity';
import { CulturalEvent } from './events/cultural-event.entity';
import { ActivityFunding } from '@ascc/service-kit';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The culture service's own data: its entities and committed migrations. */
export const DATABASE: ServiceDatabase = {
  service: 'culture',
  entities: [
    PlanRecord,
    AuditRecord,
    OutboxEvent,
    ProcessedEvent,
    CulturalEvent,
    CulturalEventCountry,
    CulturalEventCoOrganiser,
    CulturalEventRegistration,
    CulturalEventAttachment,
    ActivityFunding,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
