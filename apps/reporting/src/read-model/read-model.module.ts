import { Module } from '@nestjs/common';
import { ReadModelController } from './read-model.controller';
import { ReadModelService } from './read-model.service';

/** The cross-department read model: its event consumers, the dashboard, plan areas and rebuild. */
@Module({ controllers: [ReadModelController], providers: [ReadModelService], exports: [ReadModelService] })
export class ReadModelModule {}
