import { createPrivateKey, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestMicroservice, Type } from '@nestjs/common';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { MikroORM } from '@mikro-orm/core';
import { firstValueFrom, timeout } from 'rxjs';
import type { Caller, ServiceErrorBody, ServiceName } from '@ascc/contracts';
import { CALLER_KEY_ENV, CallerSigner, HEADER, callerAudience, createServiceApp } from '@ascc/service-kit';
import { Client } from 'pg';
import {
  CALLER_KEY_VARIABLES,
  type Running,
  createServiceDatabase,
  newCallerKeys,
  postgresBinDir,
  provisionNatsStreams,
  startNatsServer,
} from '@ascc/runtime';

const caller = (username: string, agencyCode: Caller['agencyCode'], roles: Caller['roles']): Caller => ({
  userId: '00000000-0000-4000-8000-' + username.length.toString().padStart(12, '0'),
  username,
  agencyCode,
  roles,
});

/** Callers for service tests, as the gateway would put them in the headers. */
export const TEST_CALLERS = {
  admin: caller('admin', 'VPUBND', ['admin']),
  homeAffairsEditor: caller('snv.editor', 'SNV', ['editor']),
  foreignAffairsEditor: caller('sngv.editor', 'SNGV', ['editor']),
  cultureEditor: caller('svhttdl.editor', 'SVHTTDL', ['editor']),
  cultureViewer: caller('svhttdl.viewer', 'SVHTTDL', ['viewer']),
  financeReviewer: caller('stc.reviewer', 'STC', ['finance-reviewer']),
  healthEditor: caller('syt.editor', 'SYT', ['editor']),
  coordinator: caller('sldtbxh.coordinator', 'SLDTBXH', ['plan-coordinator']),
} satisfies Record<string, Caller>;

/**
 * The test's stand-in for the gateway's caller-signing key pair: services under test hold its public key,
 * and the harness signs its callers with the private key as the gateway would.
 */
export const TEST_CALLER_KEYS = newCallerKeys();
const testSigner = new CallerSigner(createPrivateKey(TEST_CALLER_KEYS.signingKey));

/** A caller signed as the gateway signs it: for the subject's service and this correlation id. */
export function signTestCaller(
  caller: Caller,
  subject: string,
  correlationId: string,
  nowMs = Date.now(),
): Promise<string> {
  return testSigner.sign(caller, callerAudience(subject), correlationId, nowMs);
}

export type TestDatabaseKind = 'sqlite' | 'postgresql';

/**
 * The database kinds a suite runs on: SQLite always; PostgreSQL when it is installed or
 * TEST_DATABASE_URL is set. With REQUIRE_POSTGRES=1 (CI) a missing PostgreSQL fails instead of skipping.
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const available = Boolean(process.env.TEST_DATABASE_URL || postgresBinDir());
  if (!available && process.env.REQUIRE_POSTGRES === '1')
    throw new Error('PostgreSQL is required but not installed');
  return available ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export interface ServiceHarness {
  app: INestMicroservice;
  orm: MikroORM;
  /** The test's nats-server (no users: any client may publish, as an intruder would). */
  natsUrl: string;
  /**
   * Sends a request over real NATS as the gateway would, with a correlation id and the caller signed in
   * the headers (an admin unless said otherwise; `null` sends none); resolves with the reply.
   */
  request<T = unknown>(subject: string, data: unknown, caller?: Caller | null): Promise<T>;
  /** Sends a request and resolves with the error body the service answered with. */
  requestError(subject: string, data: unknown, caller?: Caller | null): Promise<ServiceErrorBody>;
  /**
   * Runs SQL as the owner of the service's schema — what a test does to the database behind the
   * service's back (rename a table away) and the service's own role may not (PostgreSQL); on SQLite,
   * through the service's own connection.
   */
  asOwner(sql: string): Promise<unknown>;
  /** The service's database URLs on PostgreSQL: its run-time role, its schema's owner, the superuser. */
  database?: { DATABASE_URL: string; DATABASE_MIGRATION_URL: string; superuserUrl: string };
  stop(): Promise<void>;
}

/**
 * Runs one service in this process against a real nats-server and a real database — a fresh SQLite
 * file, or a fresh PostgreSQL database on the server the integration set-up started, provisioned by
 * infra/postgresql/roles.sql (the service as its run-time role, its migrations as its schema's owner).
 */
export async function startServiceHarness(
  service: ServiceName,
  module: Type<unknown>,
  kind: TestDatabaseKind,
): Promise<ServiceHarness> {
  const owned: Running[] = [];
  const nats = await startNatsServer();
  owned.push(nats);
  // The streams, as the provisioning step makes them before services start (they only check them).
  await provisionNatsStreams({ servers: nats.url });
  const saved = { ...process.env };
  process.env.NATS_SERVERS = nats.url;
  process.env.LOG_LEVEL = 'silent';
  for (const name of CALLER_KEY_VARIABLES) delete process.env[name];
  process.env[CALLER_KEY_ENV.verify] = TEST_CALLER_KEYS.verifyKey;
  let database: ServiceHarness['database'];
  if (kind === 'postgresql') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base)
      throw new Error('TEST_DATABASE_URL is not set: the integration global set-up starts PostgreSQL');
    // Provisioned as in production: the service runs as its own role, its migrations as the owner's.
    const db = await createServiceDatabase(base, `${service}_${Date.now()}`);
    database = { ...db.env(service), superuserUrl: db.url };
    Object.assign(process.env, db.env(service));
  } else {
    delete process.env.DATABASE_URL;
    process.env.SQLITE_FILE = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), `ascc-${service}-`)),
      'db.sqlite',
    );
  }
  const app = await createServiceApp(service, module);
  const client = new ClientNats({ servers: [nats.url] });
  await client.connect();
  const request = async <T>(subject: string, data: unknown, caller: Caller | null = TEST_CALLERS.admin) => {
    const headers = natsHeaders();
    const correlationId = randomUUID();
    headers.set(HEADER.correlationId, correlationId);
    if (caller) headers.set(HEADER.caller, await signTestCaller(caller, subject, correlationId));
    const record = new NatsRecordBuilder(data).setHeaders(headers).build();
    return firstValueFrom(client.send<T>(subject, record).pipe(timeout(10_000)));
  };
  const orm = app.get(MikroORM);
  return {
    app,
    orm,
    natsUrl: nats.url,
    request,
    database,
    async asOwner(sql) {
      if (!database) return orm.em.getConnection().execute(sql);
      const owner = new Client({ connectionString: database.DATABASE_MIGRATION_URL });
      await owner.connect();
      try {
        return (await owner.query(sql)).rows;
      } finally {
        await owner.end();
      }
    },
    async requestError(subject, data, caller) {
      try {
        await request(subject, data, caller);
      } catch (error) {
        return error as ServiceErrorBody;
      }
      throw new Error(`Expected ${subject} to fail`);
    },
    async stop() {
      await client.close();
      await app.close();
      for (const r of owned.reverse()) await r.stop();
      process.env = saved;
    },
  };
}
