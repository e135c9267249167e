import { Module } from '@nestjs/common';
import { DatabaseModule, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { NgosModule } from './ngos/ngos.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), NgosModule],
  controllers: [healthController('aid')],
})
export class AppModule {}
