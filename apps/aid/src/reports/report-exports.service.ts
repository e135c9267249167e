import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { countryLabel, districtLabel, planAreaLabel, sectorLabel } from '@ascc/catalog';
import {
  type AidReportDimension,
  type FileDownload,
  type ProjectStatus,
  AID_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { Handles } from '@ascc/service-kit';
import { Ngo } from '../ngos/ngo.entity';
import { AidProject } from '../projects/aid-project.entity';
import { AidTransaction } from '../projects/aid-transaction.entity';
import { toDtos } from '../projects/projects.service';
import { toDto as transactionDto } from '../projects/transactions.service';
import { aidReport } from './aid-report';
import { delegationReport } from './delegation-report';
import { type Column, dongCell, tableFile } from './export-file';
import { IATI_FOOTER, iatiActivity, iatiHeader } from './iati-xml';

/** Pages of this many projects when writing the IATI file, so it never loads the whole table at once. */
const IATI_PAGE = 200;

/** The reports as files: CSV/XLSX tables of the aid and delegation reports, and the IATI 2.03 XML. */
@Controller()
export class ReportExportsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(AID_ROUTES.reportAidExport)
  async aidExport({ format, ...query }: RouteInput<typeof AID_ROUTES.reportAidExport>): Promise<FileDownload> {
    const report = await aidReport(this.orm.em.fork(), query);
    const labels: Record<AidReportDimension, Column> = {
      year: { header: 'Năm / Year', width: 8, value: (r) => (r.year as number) ?? null },
      country: {
        header: 'Quốc gia tài trợ / Donor country',
        value: (r) => (r.countryCode ? countryLabel(String(r.countryCode), 'vi') : '—'),
      },
      asean: { header: 'ASEAN', value: (r) => (r.asean ? 'ASEAN' : 'Khác / Other') },
      sector: { header: 'Lĩnh vực / Sector', width: 36, value: (r) => sectorLabel(String(r.sectorCode), 'vi') },
      planArea: {
        header: 'Nội dung Kế hoạch / Plan area',
        width: 48,
        value: (r) => `${String(r.planArea)} ${planAreaLabel(String(r.planArea), 'vi')}`,
      },
      district: { header: 'Huyện / District', value: (r) => districtLabel(String(r.districtCode), 'vi') },
    };
    const columns: Column[] = [
      ...report.groupBy.map((d) => labels[d]),
      { header: 'Cam kết (đồng) / Committed (VND)', format: 'money', value: (r) => dongCell(r.committed) },
      { header: 'Giải ngân (đồng) / Disbursed (VND)', format: 'money', value: (r) => dongCell(r.disbursed) },
      {
        header: 'Tỷ lệ giải ngân % / Disbursement share %',
        format: 'decimal',
        value: (r) => (r.disbursementShare as number | null) ?? null,
      },
      {
        header: '% tổng cam kết / % of committed',
        format: 'decimal',
        value: (r) => (r.committedPercent as number | null) ?? null,
      },
    ];
    return tableFile(format, `vien-tro-${report.groupBy.join('-')}`, 'Viện trợ', columns, report.rows);
  }

  @Handles(AID_ROUTES.reportDelegationsExport)
  async delegationsExport({
    format,
    ...query
  }: RouteInput<typeof AID_ROUTES.reportDelegationsExport>): Promise<FileDownload> {
    const report = await delegationReport(this.orm.em.fork(), query);
    const columns: Column[] = [
      { header: 'Năm / Year', width: 8, value: (r) => r.year as number },
      { header: 'Quốc gia / Country', value: (r) => countryLabel(String(r.countryCode), 'vi') },
      {
        header: 'Chiều / Direction',
        value: (r) => (r.direction === 'inbound' ? 'Đoàn vào / Inbound' : 'Đoàn ra / Outbound'),
      },
      { header: 'Số đoàn / Delegations', format: 'count', value: (r) => r.delegations as number },
      { header: 'Số người / People', format: 'count', value: (r) => r.people as number },
    ];
    return tableFile(format, 'doan-ra-doan-vao', 'Đoàn', columns, report.rows);
  }

  /** The projects matching the filter as IATI 2.03 activities, read page by page. */
  @Handles(AID_ROUTES.iatiExport)
  async iati(query: RouteInput<typeof AID_ROUTES.iatiExport>): Promise<FileDownload> {
    const em = this.orm.em.fork();
    const where = {
      // Refused and not yet decided projects are not activities of the province.
      status: query.status ?? { $nin: ['submitted', 'under-appraisal', 'refused'] as ProjectStatus[] },
      ...(query.donorCountryCode && { donorCountryCode: query.donorCountryCode }),
      ...(query.sectorCode && { sectorTags: { $like: `%,${query.sectorCode},%` } }),
      ...(query.districtCode && { districtTags: { $like: `%,${query.districtCode},%` } }),
      ...(query.agencyCode && { agencyCode: query.agencyCode }),
    };
    const parts = [iatiHeader(new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))];
    for (let offset = 0; ; offset += IATI_PAGE) {
      const projects = await em.find(AidProject, where, {
        orderBy: { code: 'asc', id: 'asc' },
        limit: IATI_PAGE,
        offset,
      });
      if (!projects.length) break;
      const ids = projects.map((p) => p.id);
      const [dtos, transactions, ngos] = await Promise.all([
        toDtos(em, projects),
        em.find(AidTransaction, { projectId: { $in: ids } }, { orderBy: { date: 'asc', id: 'asc' } }),
        em.find(Ngo, {
          id: { $in: projects.flatMap((p) => p.participants.flatMap((o) => (o.ngoId ? [o.ngoId] : []))) },
        }),
      ]);
      const kinds = new Map(ngos.map((n) => [n.id, n.kind as string]));
      for (const dto of dtos) {
        parts.push(
          iatiActivity(dto, transactions.filter((t) => t.projectId === dto.id).map((t) => transactionDto(t)), kinds),
        );
      }
      em.clear();
      if (projects.length < IATI_PAGE) break;
    }
    parts.push(IATI_FOOTER);
    return {
      fileName: `iati-activities-${new Date().toISOString().slice(0, 10)}.xml`,
      contentType: 'application/xml',
      base64: Buffer.from(parts.join(''), 'utf8').toString('base64'),
    };
  }
}
