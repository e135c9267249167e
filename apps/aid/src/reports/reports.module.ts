import { Module } from '@nestjs/common';

import { ReportsService } from './reports.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [ReportsService]})
export class ReportsModule {}
