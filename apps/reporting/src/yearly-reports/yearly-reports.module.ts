import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { ReviewsService } from './reviews.service';
import { YearlyReportsService } from './yearly-reports.service';

/**
 * The agencies' yearly reports on the plan areas they lead or coordinate, who has reported, the
 * province report and the frozen mid-term and final reviews. Each service answers its own routes
 * (`@Handles`); the figures come from the read model's provider.
 */
@Module({
  imports: [ReadModelModule],
  controllers: [YearlyReportsService, ReviewsService],
})
export class YearlyReportsModule {}
