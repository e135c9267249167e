import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { ActivityFundingService, EventConsumers } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';

/**
 * Courses and the budget: answers the budget service's lookups (does this course exist, whose is it),
 * records Finance's funding of a course from `budget.line.funded`, and shows it to the console.
 */
@Injectable()
export class FundingService extends ActivityFundingService<TrainingCourse> implements OnModuleInit {
  constructor(
    @Inject(MikroORM) orm: MikroORM,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
  ) {
    super(orm, {
      service: 'training',
      kind: 'training-course',
      entity: TrainingCourse,
      permission: 'training.course.funding.read',
      label: 'Training course',
      describe: (course) => `${course.code} · ${course.titleVi}`,
    });
  }

  onModuleInit() {
    void this.consumeFunding(this.consumers);
  }
}
