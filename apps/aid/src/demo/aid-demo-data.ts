import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { demoDataEnabled } from '@ascc/service-kit';
import { AidProject } from '../projects/aid-project.entity';
import { Ngo } from '../ngos/ngo.entity';
import { seedAidDemo } from './aid-demo-seed';

/**
 * Fills an empty aid database with NGOs, projects 2017–2025 across districts and sectors (with their
 * transactions in USD, EUR, KRW, JPY and VND) and delegations, in one transaction, with native batch inserts,
 * and the outbox events recording them writes (one per transaction and one per delegation).
 */
@Injectable()
export class AidDemoData implements OnApplicationBootstrap {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!demoDataEnabled()) return;
    const em = this.orm.em.fork();
    if ((await em.count(Ngo)) > 0 || (await em.count(AidProject)) > 0) return;
    const started = Date.now();
    const counts = await em.transactional((tx) => seedAidDemo(tx));
    new Logger('AidDemoData').log(
      `seeded ${counts.ngos} NGOs, ${counts.projects} projects, ${counts.transactions} transactions, ${counts.delegations} delegations in ${Date.now() - started} ms`,
    );
  }
}
