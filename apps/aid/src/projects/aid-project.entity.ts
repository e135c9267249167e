import {
  BigIntType,
  DateTimeType,
  Entity,
  Index,
  type Opt,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type {
  AgencyCode,
  CountryCode,
  CurrencyCode,
  DistrictCode,
  Participant,
  PlanAreaCode,
  ProjectStatus,
  TransactionType,
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

/** One sector share of a project, as a row the reports split amounts by. */
@Entity({ tableName: 'project_sector' })
@Index({ properties: ['projectId'] })
@Index({ properties: ['sectorCode', 'projectId'] })
export class ProjectSector {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 5 })
  sectorCode!: string;

  /** The plan area of the sector (catalogue mapping), fixed when written. */
  @Property({ type: 'string', length: 8 })
  planArea!: string;

  @Property({ type: 'integer' })
  percentage!: number;
}

/** One location share of a project (a district, optionally a commune), as a row for the reports. */
@Entity({ tableName: 'project_location' })
@Index({ properties: ['projectId'] })
@Index({ properties: ['districtCode', 'projectId'] })
export class ProjectLocation {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 32 })
  districtCode!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  commune?: string | null;

  @Property({ type: 'integer' })
  percentage!: number;
}

/**
 * Money in or out of a project (IATI transaction); the đồng equivalent is computed when recorded.
 * Never edited nor deleted: a mistake is reversed by a reversing entry (negated amount) and, for a
 * correction, a new entry; the project's totals sum every entry.
 */
@Entity({ tableName: 'aid_transaction' })
@Index({ properties: ['projectId', 'date', 'id'] })
@Index({ properties: ['date', 'type'] })
export class AidTransaction {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 20 })
  type!: TransactionType;

  @Property({ type: 'string', length: 10 })
  date!: string;

  /** The exact decimal as entered, in `currency`. */
  @Property({ type: 'string', length: 24 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: CurrencyCode;

  @Property({ type: 'string', length: 24, nullable: true })
  exchangeRate?: string | null;

  @Property({ type: new BigIntType('number') })
  dongAmount!: number;

  @Property({ type: 'string', length: 500, nullable: true })
  description?: string | null;

  /**
   * On a reversing entry (a correction or a void): the transaction it cancels. Unique, so a transaction
   * is reversed at most once even by two requests at the same moment; the original is never changed.
   */
  @Property({ type: 'uuid', nullable: true })
  @Unique()
  reversesTransactionId?: string | null;

  /** Why a reversing entry was recorded (required on one, absent otherwise). */
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Property({ type: 'string', length: 40 })
  createdBy!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
