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
import { ReadModelFigures } from './read-model-figures';
import { ReadModelRebuild } from './read-model-rebuild';

/**
 * The read model's routes (each declared with `@Handles`: caller, permission and input checked first).
 * The figures come from the `ReadModelFigures` provider, which the frozen reviews read too.
 */
@Controller()
export class ReadModelController {
  constructor(
    @Inject(ReadModelFigures) private readonly figures: ReadModelFigures,
    @Inject(ReadModelRebuild) private readonly rebuilder: ReadModelRebuild,
  ) {}

  @Handles(R.dashboard)
  dashboard(query: RouteInput<typeof R.dashboard>): Promise<Dashboard> {
    return this.figures.dashboard(query);
  }

  @Handles(R.area)
  area(query: RouteInput<typeof R.area>): Promise<AreaFigures> {
    return this.figures.area(query);
  }

  /** The records behind a figure: one kind's rows of the read model, a page of them and their totals. */
  @Handles(R.records)
  records(query: RouteInput<typeof R.records>, ctx: RequestContext): Promise<PlanRecordPage> {
    return this.figures.records(query, ctx);
  }

  @Handles(R.rebuild)
  rebuild(_input: RouteInput<typeof R.rebuild>, ctx: RequestContext): Promise<RebuildResult> {
    return this.rebuilder.rebuild(ctx);
  }
}
