import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type AidReport, type DelegationReport, AID_ROUTES, type RouteInput } from '@ascc/contracts';
import { Handles } from '@ascc/service-kit';
import { aidReport } from './aid-report';
import { delegationReport } from './delegation-report';

/** The aid and delegation reports as the console shows them (each method declared with `@Handles`). */
@Controller()
export class ReportQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /** Aid committed and disbursed, grouped by up to three dimensions (see `aidReport`). */
  @Handles(AID_ROUTES.reportAid)
  async aid(query: RouteInput<typeof AID_ROUTES.reportAid>): Promise<AidReport> {
    return aidReport(this.orm.em.fork(), query);
  }

  @Handles(AID_ROUTES.reportDelegations)
  async delegations(query: RouteInput<typeof AID_ROUTES.reportDelegations>): Promise<DelegationReport> {
    return delegationReport(this.orm.em.fork(), query);
  }
}
