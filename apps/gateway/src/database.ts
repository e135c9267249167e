import type { ServiceDatabase } from '@ascc/service-kit';
import { AuditRecord, PlanRecord, ProcessedEvent } from '@ascc/service-kit';
import { RecoveryCode } from './identity/recovery-code.entity';
import { Session } from './identity/session.entity';
import { SignInThrottleEntry } from './identity/sign-in-throttle.entity';
import { User } from './identity/user.entity';
import { MailDelivery } from './mail/mail-delivery.entity';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * The gateway's own data, identity: users, their sign-in sessions, the audit log of user changes, the
 * notification e-mails (and the events they came from) (data/identity.sqlite in the
 * embedded default, schema `identity` on PostgreSQL), with committed migrations.
 */
export const DATABASE: ServiceDatabase = {
  service: 'identity',
  entities: [
    PlanRecord,
    AuditRecord,
    User,
    Session,
    SignInThrottleEntry,
    RecoveryCode,
    MailDelivery,
    ProcessedEvent,
  ],
  migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
};
