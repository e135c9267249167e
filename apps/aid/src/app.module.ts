import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { NgosModule } from './ngos/ngos.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), NgosModule],
  controllers: [healthController('aid'), auditController('aid')],
})
export class AppModule {}
