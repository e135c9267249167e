import 'reflect-metadata';
import { type INestMicroservice, Logger, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import type { ServiceName } from '@ascc/contracts';
import { loadCallerVerifyKey } from '../auth/caller-token';
import { useCallerVerifyKey } from '../auth/request-context';
import { checkSettings } from '../config/settings';
import { migrateDatabase } from '../database/database.module';
import type { ServiceDatabase } from '../database/orm-options';
import { ServiceExceptionFilter } from '../errors/service-exception.filter';
import { DrainingNatsServer } from '../nats/draining-server';
import { natsConnectionOptions, requestTimeoutMs } from '../nats/nats.config';
import { nestLogger } from '../observability/logger';
import { startTracing } from '../observability/tracing';
import { startServiceMetrics } from '../observability/service-metrics';

/**
 * Starts a department service as a NATS microservice. All copies of a service join one queue group,
 * so NATS spreads requests over them; the connection reconnects forever. It checks every caller with
 * the gateway's public key (CALLER_VERIFY_KEY or CALLER_VERIFY_KEY_FILE) and does not start without it.
 */
export async function createServiceApp(
  service: ServiceName,
  module: Type<unknown>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<INestMicroservice> {
  return (await listeningService(service, module, env)).app;
}

async function listeningService(service: ServiceName, module: Type<unknown>, env: NodeJS.ProcessEnv) {
  // Without the gateway's public key no caller could be checked: refuse to start rather than serve.
  useCallerVerifyKey(loadCallerVerifyKey(env));
  startTracing(service, env);
  const server = new DrainingNatsServer({
    ...natsConnectionOptions(`${service}-service`, env),
    queue: `${service}-service`,
  });
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    strategy: server,
    logger: nestLogger(`${service}-service`, env),
  });
  app.useGlobalFilters(new ServiceExceptionFilter());
  await app.listen();
  await startServiceMetrics(service, app, env);
  return { app, server };
}

/**
 * Stopped (SIGTERM, Ctrl-C), the service leaves the queue group and answers what it received before its
 * database closes, so a rolling restart of several copies fails no request.
 */
function stopOnSignals(service: ServiceName, app: INestMicroservice, server: DrainingNatsServer) {
  const shutdown = () => {
    process.removeListener('SIGTERM', shutdown);
    process.removeListener('SIGINT', shutdown);
    void server
      .drain(requestTimeoutMs(process.env))
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`${service} service failed to stop cleanly:`, error);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** `node dist/apps/<app>/src/main.js migrate`: the process only migrates its database, then exits. */
export function isMigrateCommand(argv: string[] = process.argv): boolean {
  return argv[2] === 'migrate';
}

/**
 * Applies the database's migrations as the schema's owner (`DATABASE_MIGRATION_URL`) and grants the
 * run-time role (`DATABASE_URL`'s user) its rights, then exits: a deployment's step before the service
 * starts (infra/deploy/systemd/ascc-migrate@.service), so the service never holds the owner's password.
 */
export async function migrateCommand(database: ServiceDatabase): Promise<void> {
  try {
    // What was applied is logged by migrateDatabase; an installation already migrated says so here.
    if (!(await migrateDatabase(database)).length) console.log(`${database.service}: up to date`);
    process.exit(0);
  } catch (error) {
    console.error(`${database.service}: migration failed:`, error instanceof Error ? error.stack : error);
    process.exit(1);
  }
}

/** Starts the service, or with `migrate` as its argument only migrates its database (`migrateCommand`). */
export async function bootstrapService(
  service: ServiceName,
  module: Type<unknown>,
  database?: ServiceDatabase,
): Promise<void> {
  if (database && isMigrateCommand()) return migrateCommand(database);
  try {
    checkSettings(process.env, 'service');
    const { app, server } = await listeningService(service, module, process.env);
    stopOnSignals(service, app, server);
    new Logger('Bootstrap').log(`${service} service listening on NATS`);
    // A supervisor that started this process over IPC (npm start, tests) learns it is ready.
    process.send?.('ready');
  } catch (error) {
    // Always on stderr, even with LOG_LEVEL=silent: a service that cannot start must say why.
    console.error(`${service} service failed to start:`, error instanceof Error ? error.stack : error);
    process.exit(1);
  }
}
