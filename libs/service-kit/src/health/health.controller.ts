import os from 'node:os';
import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/core';
import { HEALTH_SUBJECTS, type ServiceHealth, type ServiceName } from '@ascc/contracts';
import { databaseKind } from '../database/orm-options';

const startedAt = Date.now();

/** Answers `<service>.health.get` with the database's state; reaching it at all proves NATS works. */
export function healthController(service: ServiceName): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

    @MessagePattern(HEALTH_SUBJECTS[service])
    async check(): Promise<ServiceHealth> {
      const database = (await this.orm.isConnected()) ? 'up' : 'down';
      return {
        service,
        status: database === 'up' ? 'up' : 'down',
        database,
        databaseKind: databaseKind(),
        instance: `${os.hostname()}:${process.pid}`,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      };
    }
  }
  return HealthController;
}
