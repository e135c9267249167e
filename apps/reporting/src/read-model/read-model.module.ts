import { Module } from '@nestjs/common';
import { ReadModelConsumers } from './read-model-consumers';
import { ReadModelController } from './read-model.controller';
import { ReadModelFigures } from './read-model-figures';
import { ReadModelRebuild } from './read-model-rebuild';

/**
 * The cross-department read model: its event consumers (and health check), its routes (the dashboard,
 * plan areas, records and rebuild), and the figures as a provider for the frozen reviews.
 */
@Module({
  controllers: [ReadModelController],
  providers: [ReadModelConsumers, ReadModelFigures, ReadModelRebuild],
  exports: [ReadModelConsumers, ReadModelFigures],
})
export class ReadModelModule {}
