import fs from 'node:fs';
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
import { type ServiceDatabase, databaseKind, ormOptions } from './orm-options';

export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

/** Opens the service's database and applies its committed migrations before anything is served. */
export async function openDatabase(
  db: ServiceDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MikroORM> {
  const options = ormOptions(db, env);
  if (databaseKind(env) === 'sqlite')
    fs.mkdirSync(require('node:path').dirname(options.dbName as string), { recursive: true });
  const orm = await MikroORM.init(options);
  if (databaseKind(env) === 'postgresql') {
    await orm.em.getConnection().execute(`create schema if not exists "${db.service}"`);
  }
  const applied = await orm.getMigrator().up();
  if (applied.length)
    new Logger('Database').log(`${db.service}: applied ${applied.map((m) => m.name).join(', ')}`);
  return orm;
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
      providers: [
        { provide: SERVICE_DATABASE, useValue: db },
        { provide: MikroORM, useFactory: () => openDatabase(db) },
        OrmCloser,
      ],
      exports: [MikroORM, SERVICE_DATABASE],
    };
  }
}
