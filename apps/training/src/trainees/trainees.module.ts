import { Module } from '@nestjs/common';
import { TraineesHandler } from './trainees.handler';
import { TraineesService } from './trainees.service';

@Module({ controllers: [TraineesHandler], providers: [TraineesService] })
export class TraineesModule {}
