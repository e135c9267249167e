import { Module } from '@nestjs/common';
import { StatsService } from './stats.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [StatsService] })
export class StatsModule {}
