import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { ReviewsService } from './reviews.service';
import { YearlyReportsHandler } from './yearly-reports.handler';
import { YearlyReportsService } from './yearly-reports.service';

/**
 * The agencies' yearly reports on the plan areas they lead or coordinate, who has reported, the
 * province report and the frozen mid-term and final reviews.
 */
@Module({
  imports: [ReadModelModule],
  controllers: [YearlyReportsHandler],
  providers: [YearlyReportsService, ReviewsService],
})
export class YearlyReportsModule {}
