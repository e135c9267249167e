import { Module } from '@nestjs/common';
import { TraineesService } from './trainees.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [TraineesService] })
export class TraineesModule {}
