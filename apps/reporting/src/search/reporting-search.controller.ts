import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { type RequestContext, Searches, answerSearch, findForSearch } from '@ascc/service-kit';
import { YearlyReport } from '../yearly-reports/yearly-report.entity';

const search = SEARCH_MESSAGES.reporting;

/** The reporting service's part of the global search: yearly reports, as their list finds them. */
@Controller()
export class ReportingSearchController {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Searches(search)
  find({ q, kinds }: RouteInput<typeof search>, ctx: RequestContext) {
    const em = this.orm.em.fork();
    return answerSearch(kinds, {
      report: async () =>
        (await findForSearch(em, YearlyReport, 'report', q, ctx)).map((r) => ({
          id: r.id,
          // The console names the agency and the plan area in the user's language.
          title: r.planArea,
          agencyCode: r.agencyCode,
          year: r.year,
        })),
    });
  }
}
