import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { type RequestContext, Searches, answerSearch, findForSearch } from '@ascc/service-kit';
import { Delegation } from '../delegations/delegation.entity';
import { Ngo } from '../ngos/ngo.entity';
import { AidProject } from '../projects/aid-project.entity';

const search = SEARCH_MESSAGES.aid;

/** The aid service's part of the global search: NGOs, aid projects and delegations, as their lists find them. */
@Controller()
export class AidSearchController {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Searches(search)
  find({ q, kinds }: RouteInput<typeof search>, ctx: RequestContext) {
    const em = this.orm.em.fork();
    return answerSearch(kinds, {
      ngo: async () =>
        (await findForSearch(em, Ngo, 'ngo', q, ctx)).map((n) => ({
          id: n.id,
          title: n.nameVi,
          titleEn: n.nameOriginal,
          ...(n.acronym && { detail: n.acronym }),
          agencyCode: n.agencyCode,
        })),
      project: async () =>
        (await findForSearch(em, AidProject, 'project', q, ctx)).map((p) => ({
          id: p.id,
          title: p.titleVi,
          titleEn: p.titleEn,
          detail: p.code,
          agencyCode: p.agencyCode,
        })),
      delegation: async () =>
        (await findForSearch(em, Delegation, 'delegation', q, ctx)).map((d) => ({
          id: d.id,
          title: d.title,
          detail: `${d.headName} · ${d.startDate}`,
          agencyCode: d.agencyCode,
        })),
    });
  }
}
