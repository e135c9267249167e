import fs from 'node:fs';
import path from 'node:path';
import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EventsModule } from '../events/events.module';
import { type ServiceDatabase, databaseKind, ormOptions } from './orm-options';

export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

/** Opens the service's database and applies its committed migrations before anything is served. */
export async function openDatabase(
  db: ServiceDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MikroORM> {
  const options = ormOptions(db, env);
  if (databaseKind(env) === 'sqlite')
    fs.mkdirSync(path.dirname(options.dbName as string), { recursive: true });
  const orm = await MikroORM.init(options);
  if (databaseKind(env) === 'postgresql') await retried(() => preparePostgresSchema(orm, db.service));
  const applied = await migrateUp(orm);
  if (applied.length) new Logger('Database').log(`${db.service}: applied ${applied.join(', ')}`);
  return orm;
}

/**
 * What a service's migrations take for granted on PostgreSQL: its own schema, and the trigram
 * operators of its search index (pg_trgm is a trusted extension: the database owner may create it).
 */
export async function preparePostgresSchema(orm: MikroORM, service: string): Promise<void> {
  await orm.em.getConnection().execute(`create schema if not exists "${service}"`);
  await orm.em.getConnection().execute('create extension if not exists pg_trgm with schema public');
}

/**
 * Services starting together on a new database race to create the shared pg_trgm extension: one
 * `create extension if not exists` can fail on the other's concurrent insert. Trying again finds it.
 */
async function retried<T>(action: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
    }
  }
}

/**
 * Applies pending migrations in one transaction. Copies of a service starting together race for the
 * same migrations: the loser's transaction fails and rolls back, and its retry finds them applied.
 */
async function migrateUp(orm: MikroORM): Promise<string[]> {
  return retried(async () => (await orm.getMigrator().up()).map((m) => m.name));
}

@Injectable()
class OrmCloser implements OnApplicationShutdown {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}
  async onApplicationShutdown() {
    await this.orm.close(true);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forService(db: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      // A department service relays its outbox and consumes other services' events (the gateway's
      // identity database has neither).
      imports: db.service === 'identity' ? [] : [EventsModule.forService(db.service)],
      providers: [
        { provide: SERVICE_DATABASE, useValue: db },
        { provide: MikroORM, useFactory: () => openDatabase(db) },
        OrmCloser,
      ],
      exports: [MikroORM, SERVICE_DATABASE],
    };
  }
}
