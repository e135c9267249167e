import { Module } from '@nestjs/common';
import { IndicatorCatalogueSeed } from './indicator-catalogue-seed';
import { IndicatorsService } from './indicators.service';
import { PublicProgressService } from './public-progress.service';

/** The plan's indicators: the catalogue (seeded with the plan's) and each indicator's progress (issue 20). */
@Module({ controllers: [IndicatorsService, PublicProgressService], providers: [IndicatorCatalogueSeed] })
export class IndicatorsModule {}
