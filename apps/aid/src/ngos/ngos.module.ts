import { Module } from '@nestjs/common';
import { NgosHandler } from './ngos.handler';
import { NgosService } from './ngos.service';

@Module({ controllers: [NgosHandler], providers: [NgosService] })
export class NgosModule {}
