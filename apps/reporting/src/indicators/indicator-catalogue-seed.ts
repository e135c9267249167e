import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { CreateIndicatorSchema } from '@ascc/contracts';
import { AuditRecord, recordAudit, searchText } from '@ascc/service-kit';
import { INDICATOR_SEED } from './indicator-seed';
import { PlanIndicatorRecord } from './plan-indicator.entity';
import { toIndicatorDto } from './indicators.service';

/** Who the seed's audit rows name: the catalogue's first version, written by the system. */
const SEEDER = {
  caller: {
    userId: '00000000-0000-4000-8000-000000000000',
    username: 'system',
    agencyCode: 'SLDTBXH' as const,
    roles: ['admin' as const],
  },
  correlationId: null,
};

/**
 * Writes the plan's indicators (`INDICATOR_SEED`) into a catalogue that has never had any — not one
 * whose indicators the coordinator has since removed (their audit rows remain) — in one transaction,
 * each with its audit row. Every environment gets them, as the plan's reference data; a second copy of
 * the service starting at the same moment meets the unique code and leaves the first copy's rows.
 */
@Injectable()
export class IndicatorCatalogueSeed implements OnApplicationBootstrap {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    const em = this.orm.em.fork();
    if ((await em.count(PlanIndicatorRecord)) > 0) return;
    if ((await em.count(AuditRecord, { entity: 'PlanIndicator' })) > 0) return;
    try {
      await em.transactional(async (tx) => {
        for (const seed of INDICATOR_SEED) {
          const definition = CreateIndicatorSchema.parse(seed);
          const record = tx.create(PlanIndicatorRecord, {
            ...definition,
            searchText: searchText(definition.code, definition.nameVi, definition.nameEn),
          });
          await tx.flush();
          recordAudit(tx, SEEDER, {
            entity: 'PlanIndicator',
            entityId: record.id,
            action: 'create',
            after: toIndicatorDto(record),
            agencyCode: record.leadAgencyCode,
          });
        }
      });
      new Logger('IndicatorCatalogueSeed').log(`seeded ${INDICATOR_SEED.length} indicators of the plan`);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}
