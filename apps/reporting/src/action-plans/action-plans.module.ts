import { Module } from '@nestjs/common';
import { ActionPlansService } from './action-plans.service';

/** The plan's assigned tasks and the agencies' action plans (issue 20 item 5). */
@Module({ controllers: [ActionPlansService] })
export class ActionPlansModule {}
