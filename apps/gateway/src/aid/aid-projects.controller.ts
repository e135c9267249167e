import { Controller } from '@nestjs/common';
import { AID_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class AidProjectsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.projectList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.projectList, message, ctx);
  }

  @ApiRoute(R.projectGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.projectGet, message, ctx);
  }

  @ApiRoute(R.projectCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.projectCreate, message, ctx);
  }

  @ApiRoute(R.projectUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.projectUpdate, message, ctx);
  }

  @ApiRoute(R.projectHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.projectHistory, message, ctx);
  }

  @ApiRoute(R.transactionList)
  listTransactions(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.transactionList, message, ctx);
  }

  @ApiRoute(R.transactionCreate)
  createTransaction(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.transactionCreate, message, ctx);
  }

  @ApiRoute(R.transactionReverse)
  reverseTransaction(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.transactionReverse, message, ctx);
  }
}
