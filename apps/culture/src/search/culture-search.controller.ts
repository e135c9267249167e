import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { type RequestContext, Searches, answerSearch, findForSearch } from '@ascc/service-kit';
import { CulturalEvent } from '../events/cultural-event.entity';

const search = SEARCH_MESSAGES.culture;

/** The culture service's part of the global search: cultural events, as their list finds them. */
@Controller()
export class CultureSearchController {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Searches(search)
  find({ q, kinds }: RouteInput<typeof search>, ctx: RequestContext) {
    const em = this.orm.em.fork();
    return answerSearch(kinds, {
      event: async () =>
        (await findForSearch(em, CulturalEvent, 'event', q, ctx)).map((e) => ({
          id: e.id,
          title: e.titleVi,
          titleEn: e.titleEn,
          detail: `${e.venue} · ${e.startDate}`,
          agencyCode: e.agencyCode,
        })),
    });
  }
}
