import { Controller, Inject } from '@nestjs/common';
import {
  type AreaFigures,
  type Dashboard,
  type PlanRecordPage,
  REPORTING_ROUTES as R,
  type RebuildResult,
  type RouteInput,
} from '@ascc/contracts';
import { Handles, type RequestContext } from '@ascc/service-kit';
import { ReadModelService } from './read-model.service';

/**
 * The read model's routes (each declared with `@Handles`: caller, permission and input checked first).
 * The figures themselves come from the read model's providers, which the freeze uses too.
 */
@Controller()
export class ReadModelController {
  constructor(@Inject(ReadModelService) private readonly readModel: ReadModelService) {}

  @Handles(R.dashboard)
  dashboard(query: RouteInput<typeof R.dashboard>): Promise<Dashboard> {
    return this.readModel.dashboard(query);
  }

  @Handles(R.area)
  area(query: RouteInput<typeof R.area>): Promise<AreaFigures> {
    return this.readModel.area(query);
  }

  /** The records behind a figure: one kind's rows of the read model, a page of them and their totals. */
  @Handles(R.records)
  records(query: RouteInput<typeof R.records>): Promise<PlanRecordPage> {
    return this.readModel.records(query);
  }

  @Handles(R.rebuild)
  rebuild(_input: RouteInput<typeof R.rebuild>, ctx: RequestContext): Promise<RebuildResult> {
    return this.readModel.rebuild(ctx);
  }
}
