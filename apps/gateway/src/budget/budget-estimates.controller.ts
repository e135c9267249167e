import { Controller, Headers } from '@nestjs/common';
import { BUDGET_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class BudgetEstimatesController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.estimateList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateList, message, ctx);
  }

  @ApiRoute(R.estimateGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateGet, message, ctx);
  }

  @ApiRoute(R.estimateCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateCreate, message, ctx);
  }

  @ApiRoute(R.estimateUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateUpdate, message, ctx);
  }

  @ApiRoute(R.estimateVersions)
  versions(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateVersions, message, ctx);
  }

  @ApiRoute(R.estimateHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateHistory, message, ctx);
  }

  @ApiRoute(R.estimateReview)
  review(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.estimateReview, message, ctx);
  }

  @ApiRoute(R.deadlineList)
  deadlines(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.deadlineList, message, ctx);
  }

  @ApiRoute(R.deadlineSet)
  setDeadline(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.deadlineSet, message, ctx);
  }

  @ApiRoute(R.consolidationGet)
  consolidation(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.consolidationGet, message, ctx);
  }

  @ApiRoute(R.consolidationUpdate)
  updateConsolidation(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.consolidationUpdate, message, ctx);
  }

  @ApiRoute(R.consolidationHistory)
  consolidationHistory(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.consolidationHistory, message, ctx);
  }

  @ApiRoute(R.consolidationExport)
  exportConsolidation(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.consolidationExport, message, ctx);
  }

  /**
   * The `Idempotency-Key` header travels in the message body (`idempotencyKey`), so the NATS headers and
   * the bus stay as they are; the service keeps the first answer for each key.
   */
  @ApiRoute(R.estimateSubmit)
  submit(
    @Message() message: Record<string, unknown>,
    @Ctx() ctx: CallContext,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.bus.request(
      R.estimateSubmit,
      { ...message, ...(idempotencyKey ? { idempotencyKey } : {}) },
      ctx,
    );
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
