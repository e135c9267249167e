import { Entity, Index, type Opt, Property } from '@mikro-orm/core';
import type { AgencyCode, CountryCode, PlanAreaCode } from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

type Link = { id: string; label: string };

/** An inbound or outbound delegation (đoàn vào, đoàn ra) — plan III.9 and VII.5. */
@Entity({ tableName: 'delegation' })
@Index({ properties: ['startDate', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['title', 'id'] })
@Index({ properties: ['direction', 'startDate', 'id'] })
@Index({ properties: ['purpose', 'startDate', 'id'] })
@Index({ properties: ['agencyCode', 'startDate', 'id'] })
@Index({ properties: ['ngoId', 'startDate', 'id'] })
@Index({ properties: ['projectId', 'startDate', 'id'] })
export class Delegation extends PlanRecord {
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 10 })
  direction!: 'inbound' | 'outbound';

  @Property({ type: 'string', length: 20 })
  purpose!: string;

  @Property({ type: 'json' })
  countryCodes!: CountryCode[];

  /** `,KR,JP,` for the country filter. */
  @Property({ type: 'text' })
  countryTags: string & Opt = '';

  @Property({ type: 'json' })
  organisations: string[] = [];

  @Property({ type: 'string', length: 200 })
  headName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  headTitle?: string | null;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'uuid', nullable: true })
  ngoId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Property({ type: 'json', nullable: true })
  links?: { ngo?: Link; project?: Link; culturalEvent?: Link } | null;

  @Property({ type: 'text', nullable: true })
  outcomes?: string | null;

  @Property({ type: 'text', nullable: true })
  followUps?: string | null;
}
