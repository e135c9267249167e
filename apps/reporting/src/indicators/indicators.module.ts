import { Module } from '@nestjs/common';
import { IndicatorCatalogueSeed } from './indicator-catalogue-seed';
import { IndicatorsService } from './indicators.service';

/** The plan's indicators: the catalogue (seeded with the plan's) and each indicator's progress (issue 20). */
@Module({ controllers: [IndicatorsService], providers: [IndicatorCatalogueSeed] })
export class IndicatorsModule {}
