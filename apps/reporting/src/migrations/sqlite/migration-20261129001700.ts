import { AuditAppendOnlySqlite } from '@ascc/service-kit';

/** Hand-written: the audit log refuses updates and deletes (MikroORM does not model triggers). */
export class Migration20261129001700 extends AuditAppendOnlySqlite {}
