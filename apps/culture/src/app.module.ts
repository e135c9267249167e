import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { FundingModule } from './funding/funding.module';
import { EventsModule } from './events/events.module';
import { CultureSearchController } from './search/culture-search.controller';

@Module({
  imports: [DatabaseModule.forService(DATABASE), EventsModule, FundingModule],
  controllers: [healthController('culture'), auditController('culture'), CultureSearchController],
})
export class AppModule {}
