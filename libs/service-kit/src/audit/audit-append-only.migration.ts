import { Migration } from '@mikro-orm/migrations';

const MESSAGE = 'audit records are append-only';

/**
 * Tables a service's run-time database role may only add to and read (PostgreSQL grants, beside the
 * triggers below): `grantRuntimeRole` in database.module.ts.
 */
export const APPEND_ONLY_TABLES = ['audit_record'] as const;

/**
 * Database triggers that refuse any change to the audit log once written, whatever the code does.
 * Hand-written migrations (MikroORM does not model triggers); each service's migrations folder has one
 * that extends the class for its database kind.
 */
export class AuditAppendOnlySqlite extends Migration {
  override async up(): Promise<void> {
    for (const op of ['update', 'delete']) {
      this.addSql(
        `create trigger \`audit_record_no_${op}\` before ${op} on \`audit_record\` begin select raise(abort, '${MESSAGE}'); end;`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const op of ['update', 'delete']) this.addSql(`drop trigger if exists \`audit_record_no_${op}\`;`);
  }
}

export class AuditAppendOnlyPostgres extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(
      `create or replace function "${schema}".audit_record_append_only() returns trigger language plpgsql as $$ begin raise exception '${MESSAGE}'; end $$;`,
    );
    this.addSql(
      `create trigger audit_record_no_change before update or delete on "${schema}"."audit_record" for each row execute function "${schema}".audit_record_append_only();`,
    );
    this.addSql(
      `create trigger audit_record_no_truncate before truncate on "${schema}"."audit_record" for each statement execute function "${schema}".audit_record_append_only();`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop trigger if exists audit_record_no_truncate on "${schema}"."audit_record";`);
    this.addSql(`drop trigger if exists audit_record_no_change on "${schema}"."audit_record";`);
    this.addSql(`drop function if exists "${schema}".audit_record_append_only();`);
  }
}
