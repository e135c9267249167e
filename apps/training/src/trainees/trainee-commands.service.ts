import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM, OptimisticLockError } from '@mikro-orm/core';
import { type Trainee as TraineeDto, TRAINING_ROUTES, type RouteInput } from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  assertRecordAllowed,
  reachesRecord,
  recordAudit,
  Handles,
} from '@ascc/service-kit';
import { TRAINEE_ENTITY, toTraineeDto, traineeSearch } from './trainee-mappers';
import { Trainee } from './trainee.entity';

/** The registry's records typed in: a trainee's creation and edits. */
@Controller()
export class TraineeCommandsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.traineeCreate)
  async create(
    input: RouteInput<typeof TRAINING_ROUTES.traineeCreate>,
    ctx: RequestContext,
  ): Promise<TraineeDto> {
    if (input.agencyCode) assertRecordAllowed('training.trainee.manage', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      await assertStaffCodeFree(em, input.staffCode);
      const trainee = em.create(Trainee, { ...input, searchText: traineeSearch(input) });
      await em.flush();
      const dto = toTraineeDto(trainee);
      recordAudit(em, ctx, { entity: TRAINEE_ENTITY, entityId: trainee.id, action: 'create', after: dto });
      return dto;
    });
  }

  /** An edit under the create's rules, on the version the editor read; before → after in its history. */
  @Handles(TRAINING_ROUTES.traineeUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof TRAINING_ROUTES.traineeUpdate>,
    ctx: RequestContext,
  ): Promise<TraineeDto> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const trainee = await em.findOne(Trainee, { id });
        // The trainee's unit as stored (one the caller does not reach: as if there were no such
        // trainee), and the one it moves to: the caller must reach both.
        if (
          !trainee ||
          (trainee.agencyCode && !reachesRecord('training.trainee.manage', ctx, trainee.agencyCode))
        )
          throw ServiceError.notFound('Trainee', id);
        if (input.agencyCode) assertRecordAllowed('training.trainee.manage', ctx, input.agencyCode);
        if (trainee.version !== version) throw staleVersion(trainee);
        if (input.staffCode !== trainee.staffCode) await assertStaffCodeFree(em, input.staffCode);
        const before = toTraineeDto(trainee);
        em.assign(trainee, { ...input, searchText: traineeSearch(input) });
        await em.flush();
        const after = toTraineeDto(trainee);
        recordAudit(em, ctx, { entity: TRAINEE_ENTITY, entityId: id, action: 'update', before, after });
        return after;
      });
    } catch (error) {
      // A concurrent edit that won the race: the same 409 as a stale version, naming the one now stored.
      if (!(error instanceof OptimisticLockError)) throw error;
      const current = await this.orm.em.fork().findOne(Trainee, { id });
      throw current ? staleVersion(current) : error;
    }
  }
}

async function assertStaffCodeFree(em: EntityManager, staffCode: string) {
  const holder = await em.findOne(Trainee, { staffCode });
  if (holder) {
    throw ServiceError.refuse(
      'staffCodeTaken',
      { staffCode: holder.staffCode, name: holder.fullName },
      `Staff code ${staffCode} is already ${holder.fullName}'s`,
      { at: { path: 'staffCode', code: 'duplicate' } },
    );
  }
}

function staleVersion(trainee: Trainee): ServiceError {
  return ServiceError.staleVersion('The trainee', trainee.version, { current: toTraineeDto(trainee) });
}
