import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  BUDGET_EVENTS,
  BUDGET_ROUTES,
  type BudgetDeadline as BudgetDeadlineDto,
  type RouteInput,
} from '@ascc/contracts';
import { Handles, type RequestContext, recordAudit, recordEvent } from '@ascc/service-kit';
import { BudgetDeadline } from './budget-deadline.entity';
import { assertYearOpen } from './fiscal-year-locks';

/** Finance's submission deadlines, one per fiscal year (a late submission is marked late). */
@Controller()
export class DeadlinesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(BUDGET_ROUTES.deadlineList)
  async deadlines(): Promise<{ items: BudgetDeadlineDto[] }> {
    const rows = await this.orm.em
      .fork()
      .find(BudgetDeadline, {}, { orderBy: { fiscalYear: 'desc' }, limit: 100 });
    return { items: rows.map((r) => ({ fiscalYear: r.fiscalYear, deadline: r.deadline })) };
  }

  @Handles(BUDGET_ROUTES.deadlineSet)
  async setDeadline(
    input: RouteInput<typeof BUDGET_ROUTES.deadlineSet>,
    ctx: RequestContext,
  ): Promise<BudgetDeadlineDto> {
    return this.orm.em.fork().transactional(async (em) => {
      await assertYearOpen(em, input.fiscalYear);
      const row = await em.findOne(BudgetDeadline, { fiscalYear: input.fiscalYear });
      const before = row ? { deadline: row.deadline } : undefined;
      if (row) row.deadline = input.deadline;
      else em.create(BudgetDeadline, input);
      recordAudit(em, ctx, {
        entity: 'BudgetDeadline',
        entityId: String(input.fiscalYear),
        action: 'update',
        before,
        after: { deadline: input.deadline },
      });
      // The reporting service's deadline reminders count to it.
      recordEvent(em, BUDGET_EVENTS.deadlineChanged, {
        fiscalYear: input.fiscalYear,
        deadline: input.deadline,
      });
      return input;
    });
  }
}
