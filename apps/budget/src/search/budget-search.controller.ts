import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { type RequestContext, Searches, answerSearch, findForSearch } from '@ascc/service-kit';
import { BudgetEstimate } from '../estimates/budget-estimate.entity';

const search = SEARCH_MESSAGES.budget;

/** The budget service's part of the global search: estimates, as their list finds them (own agency's). */
@Controller()
export class BudgetSearchController {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Searches(search)
  find({ q, kinds }: RouteInput<typeof search>, ctx: RequestContext) {
    const em = this.orm.em.fork();
    return answerSearch(kinds, {
      estimate: async () =>
        (await findForSearch(em, BudgetEstimate, 'estimate', q, ctx)).map((e) => ({
          id: e.id,
          title: e.titleVi,
          agencyCode: e.agencyCode,
          year: e.fiscalYear,
        })),
    });
  }
}
