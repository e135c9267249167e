import { Module } from '@nestjs/common';
import { ReadModelHandler } from './read-model.handler';
import { ReadModelService } from './read-model.service';

/** The cross-department read model: its event consumers, the dashboard, plan areas and rebuild. */
@Module({ controllers: [ReadModelHandler], providers: [ReadModelService], exports: [ReadModelService] })
export class ReadModelModule {}
