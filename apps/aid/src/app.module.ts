import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { FundingModule } from './funding/funding.module';
import { NgosModule } from './ngos/ngos.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), NgosModule, FundingModule],
  controllers: [healthController('aid'), auditController('aid')],
})
export class AppModule {}
