import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { AID_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { ProjectsService } from './projects.service';
import { TransactionsService } from './transactions.service';

@Controller()
export class ProjectsHandler {
  constructor(
    private readonly projects: ProjectsService,
    private readonly transactions: TransactionsService,
  ) {}

  @MessagePattern(AID_SUBJECTS.projectCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.projects.create(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.projectUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.projects.update(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.projectList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.projects.list(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.projectGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.projects.get(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.projectHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.projects.history(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.transactionCreate)
  createTransaction(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.transactions.create(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.transactionReverse)
  reverseTransaction(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.transactions.reverse(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.transactionList)
  listTransactions(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.transactions.list(payload, requestContext(nats));
  }
}
