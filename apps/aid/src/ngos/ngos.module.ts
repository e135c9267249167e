import { Module } from '@nestjs/common';

import { NgosService } from './ngos.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [NgosService] })
export class NgosModule {}
