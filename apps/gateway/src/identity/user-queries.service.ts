import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type AuditEntry, type Page, USER_ROUTES, type User as UserDto } from '@ascc/contracts';
import { findAudit, paginateRows, searchFilter } from '@ascc/service-kit';
import type { z } from 'zod';
import { toUserDto } from './user-dto';
import { findUser } from './user-guards';
import { User } from './user.entity';

type Input<K extends keyof typeof USER_ROUTES> = z.infer<(typeof USER_ROUTES)[K]['input']>;

/** What administrators read about users: the list, one user, a user's history and the audit search. */
@Injectable()
export class UserQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async list(input: Input<'list'>): Promise<Page<UserDto>> {
    const { q, agencyCode, role, ...page } = input;
    const where = {
      ...searchFilter(this.orm.em, User, q),
      ...(agencyCode && { agencyCode }),
      ...(role && { roleKeys: { $like: `%|${role}|%` } }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), User, where, page);
    const now = new Date();
    return { ...result, items: result.items.map((u) => toUserDto(u, now)) };
  }

  async get(input: Input<'get'>): Promise<UserDto> {
    return toUserDto(await findUser(this.orm.em.fork(), input.id));
  }

  /** The audit lines of one user, newest first. */
  async history(input: Input<'history'>): Promise<Page<AuditEntry>> {
    const { id, ...page } = input;
    const em = this.orm.em.fork();
    await findUser(em, id);
    return findAudit(em, { entity: 'User', entityId: id, ...page });
  }

  /** Searches the audit log of user changes. */
  searchAudit(input: Input<'audit'>): Promise<Page<AuditEntry>> {
    return findAudit(this.orm.em.fork(), input);
  }
}
