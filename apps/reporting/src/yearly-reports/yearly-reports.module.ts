import { Module } from '@nestjs/common';
import { YearlyReportsHandler } from './yearly-reports.handler';
import { YearlyReportsService } from './yearly-reports.service';

/** The agencies' yearly reports on the plan areas they lead or coordinate, and who has reported. */
@Module({ controllers: [YearlyReportsHandler], providers: [YearlyReportsService] })
export class YearlyReportsModule {}
