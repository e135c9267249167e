import { Module } from '@nestjs/common';
import { TraineeCommandsService } from './trainee-commands.service';
import { TraineeImportService } from './trainee-import.service';
import { TraineeQueriesService } from './trainee-queries.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [TraineeCommandsService, TraineeImportService, TraineeQueriesService] })
export class TraineesModule {}
