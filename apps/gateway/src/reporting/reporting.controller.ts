import { Controller } from '@nestjs/common';
import { REPORTING_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

const REBUILD_TIMEOUT_MS = 120_000;

/** The cross-department read model (reporting service). */
@Controller()
export class ReportingController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.dashboard)
  dashboard(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.dashboard, message, ctx);
  }

  @ApiRoute(R.area)
  area(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.area, message, ctx);
  }

  @ApiRoute(R.records)
  records(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.records, message, ctx);
  }

  @ApiRoute(R.rebuild)
  rebuild(@Message() message: unknown, @Ctx() ctx: CallContext) {
    // Replaying every stream takes longer than a page's request: wait up to two minutes.
    return this.bus.request(R.rebuild, message, ctx, REBUILD_TIMEOUT_MS);
  }

  @ApiRoute(R.reportList)
  listReports(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportList, message, ctx);
  }

  @ApiRoute(R.reportCreate)
  createReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportCreate, message, ctx);
  }

  @ApiRoute(R.reportGet)
  getReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportGet, message, ctx);
  }

  @ApiRoute(R.reportUpdate)
  updateReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportUpdate, message, ctx);
  }

  @ApiRoute(R.reportHistory)
  reportHistory(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportHistory, message, ctx);
  }

  @ApiRoute(R.reportSubmit)
  submitReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportSubmit, message, ctx);
  }

  @ApiRoute(R.reportReview)
  reviewReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportReview, message, ctx);
  }

  @ApiRoute(R.overview)
  overview(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.overview, message, ctx);
  }

  @ApiRoute(R.provinceExport)
  provinceReport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.provinceExport, message, ctx);
  }

  @ApiRoute(R.reviewFreeze)
  freezeReview(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reviewFreeze, message, ctx);
  }

  @ApiRoute(R.reviewList)
  listReviews(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reviewList, message, ctx);
  }

  @ApiRoute(R.reviewExport)
  exportReview(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reviewExport, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
