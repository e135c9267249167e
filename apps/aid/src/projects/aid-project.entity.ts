import { Entity, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import type {
  AgencyCode,
  CountryCode,
  DistrictCode,
  Participant,
  PlanAreaCode,
  ProjectStatus,
} from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

type Beneficiary = { group: string; count: number };
type Appraisal = { agencyCode: AgencyCode; opinion: string; favourable: boolean };
type SectorShare = { code: string; percentage: number };
type LocationShare = { districtCode: DistrictCode; commune?: string; percentage: number };

/**
 * An aid project, shaped on the IATI activity. Its sector and location shares are kept twice on
 * purpose: as JSON for reading the record, and as rows (ProjectSector, ProjectLocation) that the reports
 * join and GROUP BY; both are written in the same transaction from the same message.
 */
@Entity({ tableName: 'aid_project' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['code', 'id'] })
@Index({ properties: ['titleVi', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['decisionDate', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['agencyCode', 'createdAt', 'id'] })
@Index({ properties: ['donorCountryCode', 'createdAt', 'id'] })
export class AidProject extends PlanRecord {
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'json' })
  participants!: Participant[];

  @Property({ type: 'json' })
  sectors!: SectorShare[];

  @Property({ type: 'json' })
  locations!: LocationShare[];

  @Property({ type: 'json' })
  beneficiaries: Beneficiary[] = [];

  @Property({ type: 'string', length: 20 })
  status!: ProjectStatus;

  @Property({ type: 'string', length: 60, nullable: true })
  decisionNo?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  decisionDate?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  approvingAuthority?: string | null;

  @Property({ type: 'json' })
  appraisals: Appraisal[] = [];

  @Property({ type: 'string', length: 10, nullable: true })
  plannedStart?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  plannedEnd?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  actualStart?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  actualEnd?: string | null;

  /** The first funding organisation's country; derived on every write, never typed. */
  @Property({ type: 'string', length: 2, nullable: true })
  donorCountryCode?: CountryCode | null;

  /** `,code,code,` lists for the list filters (sector, district, linked NGO). */
  @Property({ type: 'text' })
  sectorTags: string & Opt = '';

  @Property({ type: 'text' })
  districtTags: string & Opt = '';

  @Property({ type: 'text' })
  ngoTags: string & Opt = '';
}
