import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { REPORTING_SUBJECTS as S } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { ReviewsService } from './reviews.service';
import { YearlyReportsService } from './yearly-reports.service';

@Controller()
export class YearlyReportsHandler {
  constructor(
    @Inject(YearlyReportsService) private readonly reports: YearlyReportsService,
    @Inject(ReviewsService) private readonly reviews: ReviewsService,
  ) {}

  @MessagePattern(S.reportList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.list(payload, requestContext(nats));
  }

  @MessagePattern(S.reportCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.create(payload, requestContext(nats));
  }

  @MessagePattern(S.reportGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.get(payload, requestContext(nats));
  }

  @MessagePattern(S.reportHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.history(payload, requestContext(nats));
  }

  @MessagePattern(S.reportUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.update(payload, requestContext(nats));
  }

  @MessagePattern(S.reportSubmit)
  submit(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.submit(payload, requestContext(nats));
  }

  @MessagePattern(S.reportReview)
  review(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.review(payload, requestContext(nats));
  }

  @MessagePattern(S.provinceExport)
  provinceReport(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reviews.provinceReport(payload, requestContext(nats));
  }

  @MessagePattern(S.overviewGet)
  overview(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.overview(payload, requestContext(nats));
  }

  @MessagePattern(S.reviewFreeze)
  freeze(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reviews.freeze(payload, requestContext(nats));
  }

  @MessagePattern(S.reviewList)
  listReviews(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reviews.list(payload, requestContext(nats));
  }

  @MessagePattern(S.reviewExport)
  exportReview(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reviews.export(payload, requestContext(nats));
  }
}
