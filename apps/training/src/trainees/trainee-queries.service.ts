import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  type Page,
  type Trainee as TraineeDto,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  findAudit,
  paginateRows,
  agencyScope,
  reachesRecord,
  searchFilter,
  Handles,
} from '@ascc/service-kit';
import { TRAINEE_ENTITY, toTraineeDto } from './trainee-mappers';
import { Trainee } from './trainee.entity';

/** Reading the registry: the list, one trainee, and their history. */
@Controller()
export class TraineeQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.traineeHistory)
  async history(
    { id, ...page }: RouteInput<typeof TRAINING_ROUTES.traineeHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    const trainee = await em.findOne(Trainee, { id });
    if (!trainee || !reachesTrainee(ctx, trainee)) throw ServiceError.notFound('Trainee', id);
    return findAudit(em, { entity: TRAINEE_ENTITY, entityId: id, ...page });
  }

  /** Home Affairs reads the whole registry; another agency's editor only its own staff. */
  @Handles(TRAINING_ROUTES.traineeList)
  async list(
    {
      q,
      level,
      group,
      gender,
      districtCode,
      agencyCode,
      ...page
    }: RouteInput<typeof TRAINING_ROUTES.traineeList>,
    ctx: RequestContext,
  ): Promise<Page<TraineeDto>> {
    const scope = agencyScope('training.trainee.read', ctx, agencyCode);
    const where = {
      ...searchFilter(this.orm.em, Trainee, q),
      ...(level && { level }),
      ...(group && { group }),
      ...(gender && { gender }),
      ...(districtCode && { districtCode }),
      ...(scope.agencyCode && { agencyCode: scope.agencyCode }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), Trainee, where, page);
    return { ...result, items: result.items.map(toTraineeDto) };
  }

  @Handles(TRAINING_ROUTES.traineeGet)
  async get({ id }: RouteInput<typeof TRAINING_ROUTES.traineeGet>, ctx: RequestContext): Promise<TraineeDto> {
    const trainee = await this.orm.em.fork().findOne(Trainee, { id });
    if (!trainee || !reachesTrainee(ctx, trainee)) throw ServiceError.notFound('Trainee', id);
    return toTraineeDto(trainee);
  }
}

/** A trainee of no provincial agency (a district's) is reached only by a grant over every agency. */
function reachesTrainee(ctx: RequestContext, trainee: Pick<Trainee, 'agencyCode'>): boolean {
  return reachesRecord('training.trainee.read', ctx, trainee.agencyCode ?? '');
}
