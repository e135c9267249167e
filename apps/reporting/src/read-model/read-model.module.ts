import { Module } from '@nestjs/common';
import { AppliedNotices } from './applied-notices';
import { ReadModelConsumers } from './read-model-consumers';
import { ReadModelController } from './read-model.controller';
import { ReadModelFigures } from './read-model-figures';
import { ReadModelRebuild } from './read-model-rebuild';

/**
 * The cross-department read model: its event consumers (and health check), its routes (the dashboard,
 * plan areas, records and rebuild), the figures as a provider for the frozen reviews, and the live notice
 * of each applied event (applied-notices.ts).
 */
@Module({
  controllers: [ReadModelController],
  providers: [ReadModelConsumers, ReadModelFigures, ReadModelRebuild, AppliedNotices],
  exports: [ReadModelConsumers, ReadModelFigures],
})
export class ReadModelModule {}
