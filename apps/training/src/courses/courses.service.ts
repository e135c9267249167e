import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  CreateTrainingCourseSchema,
  GetByIdSchema,
  ListTrainingCoursesSchema,
  type Page,
  RecordHistorySchema,
  type TrainingCourse as TrainingCourseDto,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  agencyScope,
  assertAllowed,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordMeta,
  searchFilter,
  searchText,
  validate,
} from '@ascc/service-kit';
import { TrainingCourse } from './training-course.entity';

const ENTITY = 'TrainingCourse';

@Injectable()
export class CoursesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown, ctx: RequestContext): Promise<TrainingCourseDto> {
    assertAllowed('training.course.create', ctx);
    const input = validate(CreateTrainingCourseSchema, payload);
    assertRecordAllowed('training.course.create', ctx, input.agencyCode);
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
      const dto = toDto(course);
      recordAudit(em, ctx, { entity: ENTITY, entityId: course.id, action: 'create', after: dto });
      return dto;
    });
  }

  async list(payload: unknown, ctx: RequestContext): Promise<Page<TrainingCourseDto>> {
    const { q, topic, targetLevel, status, agencyCode, ...page } = validate(
      ListTrainingCoursesSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...agencyScope('training.course.read', ctx, agencyCode),
      ...(topic && { topic }),
      ...(targetLevel && { targetLevel }),
      ...(status && { status }),
    };
    const result = await paginate(this.orm.em.fork(), TrainingCourse, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown, ctx: RequestContext): Promise<TrainingCourseDto> {
    const { id } = validate(GetByIdSchema, payload);
    return toDto(
      await findPermitted(
        this.orm.em.fork(),
        TrainingCourse,
        id,
        ctx,
        'training.course.read',
        'Training course',
      ),
    );
  }

  async history(payload: unknown, ctx: RequestContext): Promise<Page<AuditEntry>> {
    const { id, ...page } = validate(RecordHistorySchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', 'Training course');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
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
