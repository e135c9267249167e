import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { AckPolicy, DeliverPolicy, type JsMsg, nanos } from 'nats';
import { findPhase } from '@ascc/catalog';
import {
  type AreaFigures,
  REPORTING_ROUTES as R,
  type RouteInput,
  type Dashboard,
  EventEnvelopeSchema,
  type PlanRecordPage,
  type RebuildResult,
  type HealthCheck,
  exactSumSql,
  readExactSum,
} from '@ascc/contracts';
import {
  EventBus,
  EventConsumers,
  ProcessedEvent,
  type RequestContext,
  consumerName,
  isNotFound,
  recordAudit,
  sqlDialect,
  tableName,
  toNumber,
} from '@ascc/service-kit';
import { PROJECTIONS, SOURCE_STREAMS, projectionOf } from './projections';
import { READ_MODEL_ENTITIES } from './read-model.entities';
import { listPlanRecords } from './plan-records';

/** The name of the consumer a rebuild reads each stream with (auth.conf grants exactly this one). */
export const REBUILD_CONSUMER = 'reporting-rebuild';
const SERVICE = 'reporting';

export interface Span {
  from: number | null;
  to: number | null;
}

/**
 * The cross-department read model: durable consumers of the departments' events fill the fact tables
 * (one transaction per event, with its ProcessedEvent row, so a redelivery changes nothing); the
 * dashboard and the plan areas are GROUP BY queries on those tables only — a page load asks no other
 * service. A rebuild clears the tables and replays every source stream from its first message.
 */
@Injectable()
export class ReadModelService implements OnModuleInit {
  private readonly logger = new Logger('ReadModel');

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {}

  /**
   * The read model's own health check (the consumers' lag is checked by `EventConsumers`): every fact
   * table can be read. A table that cannot (missing, locked, corrupt) makes the service `degraded`.
   */
  async check(): Promise<HealthCheck[]> {
    const em = this.orm.em.fork();
    for (const entity of READ_MODEL_ENTITIES) {
      try {
        await em.find(entity, {}, { limit: 1 });
      } catch (error) {
        return [
          {
            name: 'read-model',
            kind: 'read-model',
            status: 'failing',
            detail: `${em.getMetadata().find(entity.name)?.tableName ?? entity.name}: ${(error as Error).message}`,
          },
        ];
      }
    }
    return [{ name: 'read-model', kind: 'read-model', status: 'ok' }];
  }

  onModuleInit() {
    for (const { contract, project } of PROJECTIONS)
      void this.consumers.consume(contract, consumerName(SERVICE, contract), (em, data) => project(em, data));
  }

  /**
   * `within`: run the queries in that entity manager's transaction; `years`: an explicit span of years
   * instead of the query's year or phase (a frozen review's snapshot).
   */
  async dashboard(
    query: RouteInput<typeof R.dashboard>,
    within?: EntityManager,
    years?: Span,
  ): Promise<Dashboard> {
    const span = years ?? spanOf(query);
    const em = (within ?? this.orm.em.fork()) as SqlEntityManager;
    const knex = em.getKnex();
    const t = (name: string) => tableName(em, name);
    const inSpan = (q: Knex.QueryBuilder, column = 'year') => {
      if (span.from !== null) q.where(column, '>=', span.from);
      if (span.to !== null) q.where(column, '<=', span.to);
      return q;
    };
    // In a caller's transaction the queries share one connection: run them one after another there
    // (pg deprecates overlapping queries on a client); on their own, in parallel.
    let queue: Promise<unknown> = Promise.resolve();
    const one = <T>(task: () => Promise<T>): Promise<T> => {
      if (!em.isInTransaction()) return task();
      const next = queue.then(task);
      queue = next.catch(() => undefined);
      return next;
    };
    const rows = (q: Knex.QueryBuilder) => one(() => em.execute(q) as Promise<Record<string, unknown>[]>);
    // Every money figure is an exact sum (`exactSumSql`: numeric on PostgreSQL, split on SQLite, whose
    // 64-bit sum would overflow), read back with `readExactSum` as a DongTotal string.
    const sums = moneySums(sqlDialect(em), knex);
    const aidSums = [
      ...sums(aidOfType('commitment'), 'committed'),
      ...sums(aidOfType('disbursement'), 'disbursed'),
    ];
    const budgetSums = [...sums('requested', 'requested'), ...sums('approved', 'approved')];
    // One scan per fact table where the figures allow it: the totals and each split are summed here from
    // the finest grouping (training by year × level, culture by type, aid by country × sector), which on
    // SQLite — one connection, queries one after another — is most of the page's time at a million facts.
    const [
      trainingGroups,
      byCountry,
      byType,
      aidGroups,
      budget,
      byAgency,
      byFunding,
      delegations,
      delegationsByCountry,
      applied,
      lag,
    ] = await Promise.all([
      rows(
        inSpan(knex.from(t('training_fact')))
          .select('year', 'level', knex.raw('count(*) as courses'), knex.raw('sum(trained) as trained'))
          .select(knex.raw('sum(completed) as completed'), knex.raw('sum(female) as female'))
          .select(knex.raw('sum(commune_trained) as commune'))
          .groupBy('year', 'level'),
      ),
      rows(
        inSpan(knex.from(t('culture_fact_country')))
          .select('country_code', knex.raw('max(case when asean then 1 else 0 end) as asean'))
          .select(knex.raw('count(distinct cultural_event_id) as events'))
          .groupBy('country_code')
          .orderBy([{ column: 'events', order: 'desc' }, { column: 'country_code' }]),
      ),
      rows(
        inSpan(knex.from(t('culture_fact')))
          .select('type', knex.raw('count(*) as events'), knex.raw('sum(audience) as audience'))
          .groupBy('type')
          .orderBy('type'),
      ),
      rows(
        inSpan(knex.from(t('aid_fact')))
          .select('country_code', 'sector_code', knex.raw('max(case when asean then 1 else 0 end) as asean'))
          .select(...aidSums)
          .groupBy('country_code', 'sector_code')
          // The database's order of countries (where its null goes) is the order of byCountry below.
          .orderBy(['country_code', 'sector_code']),
      ),
      rows(
        inSpan(knex.from(t('budget_fact'))).select(
          knex.raw('count(distinct estimate_id) as estimates'),
          ...budgetSums,
        ),
      ),
      rows(
        inSpan(knex.from(t('budget_fact')))
          .select('agency_code', ...budgetSums)
          .groupBy('agency_code')
          .orderBy('agency_code'),
      ),
      rows(
        inSpan(knex.from(t('budget_fact')))
          .whereNotNull('funding_source')
          .select('funding_source', ...budgetSums)
          .groupBy('funding_source')
          .orderBy('funding_source'),
      ),
      rows(
        inSpan(knex.from(t('delegation_fact'))).select(
          knex.raw('count(*) as delegations'),
          knex.raw(`coalesce(sum(case when direction = 'inbound' then 1 else 0 end), 0) as inbound`),
          knex.raw(`coalesce(sum(case when direction = 'outbound' then 1 else 0 end), 0) as outbound`),
          knex.raw('coalesce(sum(size), 0) as members'),
        ),
      ),
      rows(
        inSpan(knex.from(t('delegation_fact_country')))
          .select('country_code', knex.raw('max(case when asean then 1 else 0 end) as asean'))
          .select(knex.raw('count(distinct delegation_id) as delegations'))
          .groupBy('country_code')
          .orderBy([{ column: 'delegations', order: 'desc' }, { column: 'country_code' }]),
      ),
      one(() => em.count(ProcessedEvent, {})),
      this.lag(),
    ]);
    const n = toNumber;
    const tr = { courses: 0, trained: 0, completed: 0, female: 0, commune: 0 };
    const byLevel = new Map<string, { level: string; courses: number; trained: number; completed: number }>();
    const byYear = new Map<number, { year: number; trained: number; completed: number }>();
    for (const r of trainingGroups) {
      tr.courses += n(r.courses);
      tr.trained += n(r.trained);
      tr.completed += n(r.completed);
      tr.female += n(r.female);
      tr.commune += n(r.commune);
      const level = byLevel.get(String(r.level)) ?? {
        level: String(r.level),
        courses: 0,
        trained: 0,
        completed: 0,
      };
      level.courses += n(r.courses);
      level.trained += n(r.trained);
      level.completed += n(r.completed);
      byLevel.set(level.level, level);
      const year = byYear.get(n(r.year)) ?? { year: n(r.year), trained: 0, completed: 0 };
      year.trained += n(r.trained);
      year.completed += n(r.completed);
      byYear.set(year.year, year);
    }
    const culture = byType.reduce(
      (sum: { events: number; audience: number }, r) => ({
        events: sum.events + n(r.events),
        audience: sum.audience + n(r.audience),
      }),
      { events: 0, audience: 0 },
    );
    // Exact sums of whole đồng (bigint) from each group's exact SQL sums.
    const aid = { committed: 0n, disbursed: 0n };
    const aidByCountry = new Map<string | null, { asean: boolean; committed: bigint; disbursed: bigint }>();
    const aidBySector = new Map<string, { committed: bigint; disbursed: bigint }>();
    for (const r of aidGroups) {
      const committed = BigInt(readExactSum(r, 'committed'));
      const disbursed = BigInt(readExactSum(r, 'disbursed'));
      aid.committed += committed;
      aid.disbursed += disbursed;
      const countryCode = (r.country_code as string | null) ?? null;
      const country = aidByCountry.get(countryCode) ?? { asean: false, committed: 0n, disbursed: 0n };
      country.asean ||= n(r.asean) === 1 || r.asean === true;
      country.committed += committed;
      country.disbursed += disbursed;
      aidByCountry.set(countryCode, country);
      const sector = aidBySector.get(String(r.sector_code)) ?? { committed: 0n, disbursed: 0n };
      sector.committed += committed;
      sector.disbursed += disbursed;
      aidBySector.set(String(r.sector_code), sector);
    }
    const dong = (sum: bigint) => sum.toString();
    const trained = tr.trained;
    return {
      yearFrom: span.from,
      yearTo: span.to,
      eventsApplied: applied,
      lag,
      training: {
        courses: tr.courses,
        trained,
        completed: tr.completed,
        female: tr.female,
        communeTrained: tr.commune,
        communeShare: trained ? tr.commune / trained : 0,
        byLevel: [...byLevel.values()].sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : 0)),
        byYear: [...byYear.values()].sort((a, b) => a.year - b.year),
      },
      culture: {
        events: culture.events,
        audience: culture.audience,
        aseanCountries: byCountry
          .filter((r) => n(r.asean) === 1 || r.asean === true)
          .map((r) => String(r.country_code)),
        byCountry: byCountry.map((r) => ({
          countryCode: String(r.country_code),
          asean: n(r.asean) === 1 || r.asean === true,
          events: n(r.events),
        })),
        byType: byType.map((r) => ({ type: String(r.type), events: n(r.events), audience: n(r.audience) })),
      },
      aid: {
        committed: dong(aid.committed),
        disbursed: dong(aid.disbursed),
        byCountry: [...aidByCountry.entries()].map(([countryCode, r]) => ({
          countryCode,
          asean: r.asean,
          committed: dong(r.committed),
          disbursed: dong(r.disbursed),
        })),
        bySector: [...aidBySector.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([sectorCode, r]) => ({
            sectorCode,
            committed: dong(r.committed),
            disbursed: dong(r.disbursed),
          })),
      },
      delegations: {
        delegations: n(delegations[0]?.delegations),
        inbound: n(delegations[0]?.inbound),
        outbound: n(delegations[0]?.outbound),
        members: n(delegations[0]?.members),
        byCountry: delegationsByCountry.map((r) => ({
          countryCode: String(r.country_code),
          asean: n(r.asean) === 1 || r.asean === true,
          delegations: n(r.delegations),
        })),
      },
      budget: {
        estimates: n(budget[0]?.estimates),
        requested: readExactSum(budget[0] ?? {}, 'requested'),
        approved: readExactSum(budget[0] ?? {}, 'approved'),
        byAgency: byAgency.map((r) => ({
          agencyCode: String(r.agency_code),
          requested: readExactSum(r, 'requested'),
          approved: readExactSum(r, 'approved'),
        })),
        byFundingSource: byFunding.map((r) => ({
          fundingSource: String(r.funding_source),
          requested: readExactSum(r, 'requested'),
          approved: readExactSum(r, 'approved'),
        })),
      },
    };
  }

  async area(query: RouteInput<typeof R.area>): Promise<AreaFigures> {
    const span = spanOf(query);
    const em = this.orm.em.fork() as SqlEntityManager;
    const knex = em.getKnex();
    const base = (table: string) => {
      const q = knex.from(tableName(em, table)).where('plan_area', query.code);
      if (span.from !== null) q.where('year', '>=', span.from);
      if (span.to !== null) q.where('year', '<=', span.to);
      return q;
    };
    const rows = (q: Knex.QueryBuilder) => em.execute(q) as Promise<Record<string, unknown>[]>;
    const sums = moneySums(sqlDialect(em), knex);
    const disbursedSum = sums(aidOfType('disbursement'), 'disbursed');
    const [training, culture, aid, delegations, budget, tY, cY, aY, dY, bY] = await Promise.all([
      rows(
        base('training_fact').select(
          knex.raw('count(*) as courses'),
          knex.raw('coalesce(sum(trained), 0) as trained'),
          knex.raw('coalesce(sum(completed), 0) as completed'),
        ),
      ),
      rows(
        base('culture_fact').select(
          knex.raw('count(*) as events'),
          knex.raw('coalesce(sum(audience), 0) as audience'),
        ),
      ),
      rows(
        base('aid_fact').select(
          knex.raw('count(distinct project_id) as projects'),
          ...sums(aidOfType('commitment'), 'committed'),
          ...disbursedSum,
        ),
      ),
      rows(
        base('delegation_fact').select(
          knex.raw('count(*) as delegations'),
          knex.raw('coalesce(sum(size), 0) as members'),
        ),
      ),
      rows(
        base('budget_fact').select(
          knex.raw('count(*) as lines'),
          ...sums('requested', 'requested'),
          ...sums('approved', 'approved'),
        ),
      ),
      rows(base('training_fact').select('year', knex.raw('sum(trained) as v')).groupBy('year')),
      rows(base('culture_fact').select('year', knex.raw('count(*) as v')).groupBy('year')),
      rows(
        base('aid_fact')
          .select('year', ...disbursedSum)
          .groupBy('year'),
      ),
      rows(base('delegation_fact').select('year', knex.raw('count(*) as v')).groupBy('year')),
      rows(
        base('budget_fact')
          .select('year', ...sums('approved', 'v'))
          .groupBy('year'),
      ),
    ]);
    const n = toNumber;
    const years = new Map<number, AreaFigures['byYear'][number]>();
    const year = (y: unknown) => {
      const key = n(y);
      if (!years.has(key))
        years.set(key, { year: key, trained: 0, events: 0, disbursed: '0', delegations: 0, approved: '0' });
      return years.get(key) as AreaFigures['byYear'][number];
    };
    tY.forEach((r) => (year(r.year).trained = n(r.v)));
    cY.forEach((r) => (year(r.year).events = n(r.v)));
    aY.forEach((r) => (year(r.year).disbursed = readExactSum(r, 'disbursed')));
    dY.forEach((r) => (year(r.year).delegations = n(r.v)));
    bY.forEach((r) => (year(r.year).approved = readExactSum(r, 'v')));
    return {
      code: query.code,
      training: {
        courses: n(training[0]?.courses),
        trained: n(training[0]?.trained),
        completed: n(training[0]?.completed),
      },
      culture: { events: n(culture[0]?.events), audience: n(culture[0]?.audience) },
      aid: {
        projects: n(aid[0]?.projects),
        committed: readExactSum(aid[0] ?? {}, 'committed'),
        disbursed: readExactSum(aid[0] ?? {}, 'disbursed'),
      },
      delegations: { delegations: n(delegations[0]?.delegations), members: n(delegations[0]?.members) },
      budget: {
        lines: n(budget[0]?.lines),
        requested: readExactSum(budget[0] ?? {}, 'requested'),
        approved: readExactSum(budget[0] ?? {}, 'approved'),
      },
      byYear: [...years.values()].sort((a, b) => a.year - b.year),
    };
  }

  /** The records behind a figure: one kind's rows of the read model, a page of them and their totals. */
  async records(query: RouteInput<typeof R.records>): Promise<PlanRecordPage> {
    return listPlanRecords(this.orm.em.fork() as SqlEntityManager, query, spanOf(query));
  }

  /**
   * Clears the read model and replays each source stream from its first message through a consumer of
   * its own (no acks, deleted afterwards). Events the live consumers apply meanwhile find their
   * ProcessedEvent row and change nothing, so nothing counts twice.
   */
  async rebuild(ctx: RequestContext): Promise<RebuildResult> {
    const started = Date.now();
    await this.orm.em.fork().transactional(async (em) => {
      await clearReadModel(em);
    });
    const replayed: Record<string, number> = {};
    let applied = 0;
    for (const stream of SOURCE_STREAMS) {
      const result = await this.replay(stream);
      replayed[stream] = result.read;
      applied += result.applied;
    }
    const result = { replayed, applied, tookMs: Date.now() - started };
    await this.orm.em.fork().transactional(async (em) => {
      recordAudit(em, ctx, {
        entity: 'ReadModel',
        entityId: 'read-model',
        action: 'update',
        after: result,
      });
    });
    this.logger.log(`read model rebuilt: ${applied} events in ${result.tookMs} ms`);
    return result;
  }

  private async replay(stream: string): Promise<{ read: number; applied: number }> {
    const jsm = await this.bus.manager();
    try {
      await jsm.streams.info(stream);
    } catch (error) {
      if (isNotFound(error)) return { read: 0, applied: 0 };
      throw error;
    }
    await jsm.consumers.delete(stream, REBUILD_CONSUMER).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
    await jsm.consumers.add(stream, {
      name: REBUILD_CONSUMER,
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.All,
      inactive_threshold: nanos(60_000),
    });
    let read = 0;
    let applied = 0;
    try {
      const consumer = await (await this.bus.jetstream()).consumers.get(stream, REBUILD_CONSUMER);
      let remaining = (await consumer.info()).num_pending;
      while (remaining > 0) {
        const batch: JsMsg[] = [];
        const messages = await consumer.fetch({ max_messages: Math.min(200, remaining), expires: 5000 });
        for await (const message of messages) batch.push(message);
        if (!batch.length) break;
        remaining -= batch.length;
        read += batch.length;
        applied += await this.applyBatch(batch);
      }
    } finally {
      await jsm.consumers.delete(stream, REBUILD_CONSUMER).catch(() => undefined);
    }
    return { read, applied };
  }

  /** Applies a batch of replayed messages in one transaction, skipping those already processed. */
  private async applyBatch(batch: JsMsg[]): Promise<number> {
    const envelopes = batch.flatMap((message) => {
      const parsed = EventEnvelopeSchema.safeParse(message.json());
      return parsed.success ? [parsed.data] : [];
    });
    return this.orm.em.fork().transactional(async (em) => {
      // Which of the batch's events are already applied: one query for the batch, not one per event.
      const done = new Set(
        (
          await em.find(
            ProcessedEvent,
            { eventId: { $in: envelopes.map((e) => e.eventId) } },
            { fields: ['eventId'] },
          )
        ).map((p) => p.eventId),
      );
      let applied = 0;
      for (const envelope of envelopes) {
        const projection = projectionOf(envelope.subject);
        if (!projection || done.has(envelope.eventId)) continue;
        const data = projection.contract.schema.safeParse(envelope.data);
        if (!data.success) continue;
        await projection.project(em, data.data);
        em.create(ProcessedEvent, { eventId: envelope.eventId, subject: envelope.subject });
        done.add(envelope.eventId);
        applied += 1;
      }
      await em.flush();
      return applied;
    });
  }

  /** Events published but not yet applied, summed over the read model's durable consumers. */
  private async lag(): Promise<number> {
    try {
      const jsm = await this.bus.manager();
      const infos = await Promise.all(
        PROJECTIONS.map(({ contract }) =>
          jsm.consumers.info(contract.stream, consumerName(SERVICE, contract)).catch(() => undefined),
        ),
      );
      return infos.reduce((sum, info) => sum + (info ? info.num_pending + info.num_ack_pending : 0), 0);
    } catch {
      return 0;
    }
  }
}

/** An aid fact's đồng when it is of `type` (a commitment, a disbursement), else nothing: to be summed. */
export function aidOfType(type: 'commitment' | 'disbursement', column = 'amount'): string {
  return `case when type = '${type}' then ${column} else 0 end`;
}

/** The select expressions of an exact sum of whole đồng (`exactSumSql`), as knex raws. */
export function moneySums(dialect: 'sqlite' | 'postgresql', knex: Knex) {
  return (expression: string, alias: string) =>
    exactSumSql(dialect, expression, alias).map((sql) => knex.raw(sql));
}

/** Empties every fact table and forgets which events were applied. */
export async function clearReadModel(em: EntityManager): Promise<void> {
  for (const entity of READ_MODEL_ENTITIES) await em.nativeDelete(entity, {});
  await em.nativeDelete(ProcessedEvent, {});
}

export function spanOf(query: { year?: number; phase?: string }): Span {
  if (query.year) return { from: query.year, to: query.year };
  const phase = query.phase ? findPhase(query.phase) : undefined;
  return phase ? { from: phase.fromYear, to: phase.toYear } : { from: null, to: null };
}
