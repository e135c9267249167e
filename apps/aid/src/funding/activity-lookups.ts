import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { ACTIVITY_LOOKUPS, type ActivityLookup, type ActivityLookupResult } from '@ascc/contracts';
import { Answers } from '@ascc/service-kit';
import { Delegation } from '../delegations/delegation.entity';
import { AidProject } from '../projects/aid-project.entity';

/**
 * Answers the budget service's lookups of aid activities a budget line may fund: an aid project or a
 * delegation, with its agency (a line may only link its own agency's) and a label for Finance.
 */
@Controller()
export class ActivityLookups {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /** Asked by the budget service only (NATS lets only it publish here): read-only, no caller needed. */
  @Answers(ACTIVITY_LOOKUPS.aid)
  async lookup({ kind, id }: ActivityLookup): Promise<ActivityLookupResult> {
    const em = this.orm.em.fork();
    if (kind === 'aid-project') {
      const project = await em.findOne(AidProject, { id });
      if (project)
        return {
          exists: true,
          agencyCode: project.agencyCode,
          label: `${project.code} · ${project.titleVi}`,
        };
    }
    if (kind === 'delegation') {
      const delegation = await em.findOne(Delegation, { id });
      if (delegation)
        return {
          exists: true,
          agencyCode: delegation.agencyCode,
          label: `${delegation.startDate} · ${delegation.title}`,
        };
    }
    return { exists: false };
  }
}
