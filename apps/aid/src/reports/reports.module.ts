import { Module } from '@nestjs/common';
import { ReportExportsService } from './report-exports.service';
import { ReportQueriesService } from './report-queries.service';

// Each answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [ReportQueriesService, ReportExportsService] })
export class ReportsModule {}
