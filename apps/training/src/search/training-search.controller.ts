import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { type RequestContext, Searches, answerSearch, findForSearch } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { Trainee } from '../trainees/trainee.entity';

const search = SEARCH_MESSAGES.training;

/** The training service's part of the global search: courses and trainees, as their lists find them. */
@Controller()
export class TrainingSearchController {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Searches(search)
  find({ q, kinds }: RouteInput<typeof search>, ctx: RequestContext) {
    const em = this.orm.em.fork();
    return answerSearch(kinds, {
      course: async () =>
        (await findForSearch(em, TrainingCourse, 'course', q, ctx)).map((c) => ({
          id: c.id,
          title: c.titleVi,
          titleEn: c.titleEn,
          detail: c.code,
          agencyCode: c.agencyCode,
        })),
      trainee: async () =>
        (await findForSearch(em, Trainee, 'trainee', q, ctx)).map((t) => ({
          id: t.id,
          title: t.fullName,
          detail: t.staffCode,
          agencyCode: t.agencyCode ?? null,
        })),
    });
  }
}
