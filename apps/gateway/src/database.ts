import type { ServiceDatabase } from '@ascc/service-kit';
import { PlanRecord } from '@ascc/service-kit';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * The gateway's own data, identity: users and their sign-in sessions (data/identity.sqlite in the
 * embedded default, schema `identity` on PostgreSQL), with committed migrations.
 */
export const DATABASE: ServiceDatabase = {
  service: 'identity',
  entities: [PlanRecord, User, Session],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
