import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  type AreaFigures,
  type Dashboard,
  PLAN_RECORD_KIND_PERMISSION,
  type PlanRecordPage,
  type REPORTING_ROUTES as R,
  type RouteInput,
} from '@ascc/contracts';
import { EventBus, ProcessedEvent, type RequestContext, agencyScope, consumerName } from '@ascc/service-kit';
import {
  aidArea,
  aidDashboard,
  budgetArea,
  budgetDashboard,
  cultureArea,
  cultureDashboard,
  delegationsArea,
  delegationsDashboard,
  facts,
  trainingArea,
  trainingDashboard,
} from './department-queries';
import { foldArea, foldDashboard } from './figures.fold';
import { listPlanRecords } from './plan-records';
import { PROJECTIONS } from './projections';
import { type Span, spanOf } from './read-model.sql';

const SERVICE = 'reporting';

/**
 * The read model's figures — the dashboard, a plan area, the records behind a figure — as GROUP BY
 * queries on the fact tables only: a page load asks no other service. A provider, not a controller:
 * the routes (`ReadModelController`) and the frozen reviews (`ReviewsService`) both read through it.
 */
@Injectable()
export class ReadModelFigures {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {}

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
    const f = facts(em, span);
    const [training, culture, aid, budget, delegations, eventsApplied, lag] = await Promise.all([
      trainingDashboard(f),
      cultureDashboard(f),
      aidDashboard(f),
      budgetDashboard(f),
      delegationsDashboard(f),
      f.one(() => em.count(ProcessedEvent, {})),
      this.lag(),
    ]);
    return foldDashboard(span, { eventsApplied, lag }, { training, culture, aid, delegations, budget });
  }

  async area(query: RouteInput<typeof R.area>): Promise<AreaFigures> {
    const f = facts(this.orm.em.fork() as SqlEntityManager, spanOf(query), query.code);
    const [training, culture, aid, delegations, budget] = await Promise.all([
      trainingArea(f),
      cultureArea(f),
      aidArea(f),
      delegationsArea(f),
      budgetArea(f),
    ]);
    return foldArea(query.code, { training, culture, aid, delegations, budget });
  }

  /**
   * The records behind a figure: one kind's rows of the read model, a page of them and their totals —
   * those the caller's grant on the kind's department reaches (`agencyScope`: every agency's for a
   * grant over all, their own agency's otherwise, filtered in the query), as its own routes would.
   */
  records(query: RouteInput<typeof R.records>, ctx: RequestContext): Promise<PlanRecordPage> {
    const scope = agencyScope(PLAN_RECORD_KIND_PERMISSION[query.kind], ctx, query.agencyCode);
    return listPlanRecords(this.orm.em.fork() as SqlEntityManager, { ...query, ...scope }, spanOf(query));
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
