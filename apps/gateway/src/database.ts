import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, PlanRecord } from '@ascc/service-kit';
import { RecoveryCode } from './identity/recovery-code.entity';
import { Session } from './identity/session.entity';
import { SignInThrottleEntry } from './identity/sign-in-throttle.entity';
import { User } from './identity/user.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * The gateway's own data, identity: users, their sign-in sessions and the audit log of user changes (data/identity.sqlite in the
 * embedded default, schema `identity` on PostgreSQL), with committed migrations.
 */
export const DATABASE: ServiceDatabase = {
  service: 'identity',
  entities: [PlanRecord, AuditRecord, User, Session, SignInThrottleEntry, RecoveryCode],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
