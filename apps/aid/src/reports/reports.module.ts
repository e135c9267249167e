import { Module } from '@nestjs/common';
import { ReportsHandler } from './reports.handler';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsHandler], providers: [ReportsService] })
export class ReportsModule {}
