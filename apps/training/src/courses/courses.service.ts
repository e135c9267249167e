import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  CreateTrainingCourseSchema,
  GetByIdSchema,
  ListTrainingCoursesSchema,
  type Page,
  type TrainingCourse as TrainingCourseDto,
} from '@ascc/contracts';
import { ServiceError, paginate, recordMeta, searchFilter, searchText, validate } from '@ascc/service-kit';
import { TrainingCourse } from './training-course.entity';

@Injectable()
export class CoursesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown): Promise<TrainingCourseDto> {
    const input = validate(CreateTrainingCourseSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      if (await em.count(TrainingCourse, { code: input.code })) {
        throw new ServiceError('CONFLICT', `A course with code ${input.code} already exists`, [
          { path: 'code', code: 'duplicate', message: 'This code is already used' },
        ]);
      }
      const course = em.create(TrainingCourse, {
        ...input,
        searchText: searchText(input.code, input.titleVi, input.titleEn),
      });
      await em.flush();
      return toDto(course);
    });
  }

  async list(payload: unknown): Promise<Page<TrainingCourseDto>> {
    const { q, topic, targetLevel, status, agencyCode, ...page } = validate(
      ListTrainingCoursesSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...(topic && { topic }),
      ...(targetLevel && { targetLevel }),
      ...(status && { status }),
      ...(agencyCode && { agencyCode }),
    };
    const result = await paginate(this.orm.em.fork(), TrainingCourse, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown): Promise<TrainingCourseDto> {
    const { id } = validate(GetByIdSchema, payload);
    const course = await this.orm.em.fork().findOne(TrainingCourse, { id });
    if (!course) throw ServiceError.notFound('Training course', id);
    return toDto(course);
  }
}

function toDto(course: TrainingCourse): TrainingCourseDto {
  return {
    ...recordMeta(course),
    code: course.code,
    titleVi: course.titleVi,
    titleEn: course.titleEn,
    topic: course.topic,
    targetLevel: course.targetLevel,
    planArea: course.planArea,
    agencyCode: course.agencyCode,
    startDate: course.startDate,
    endDate: course.endDate,
    capacity: course.capacity,
    costEstimate: course.costEstimate,
    status: course.status,
  };
}
