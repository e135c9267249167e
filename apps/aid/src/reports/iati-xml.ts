import { agencyLabel, districtLabel, findAgency, findSector } from '@ascc/catalog';
import {
  type AidProject,
  type AidTransaction,
  type TransactionType,
  iatiActivityStatus,
} from '@ascc/contracts';

/**
 * Writes aid projects as an IATI 2.03 activities file (the order of elements is the schema's
 * sequence). Pure: the service pages projects and transactions from the database into it.
 */

/** The province's Foreign Affairs department as IATI reporting organisation (VN = Viet Nam, local). */
export const REPORTING_ORG_REF = 'VN-TB-SNGV';

const TRANSACTION_CODES: Record<TransactionType, number> = {
  'incoming-funds': 1,
  commitment: 2,
  disbursement: 3,
  expenditure: 4,
};
const ROLE_CODES = { funding: 1, accountable: 2, extending: 3, implementing: 4 } as const;
/** IATI OrganisationType of the NGO kinds. */
const ORGANISATION_TYPES: Record<string, number> = {
  'international-ngo': 21,
  foundation: 60,
  'friendship-organisation': 21,
  'individual-donor': 90,
  other: 90,
};

export function escapeXml(value: string): string {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  // Control characters XML 1.0 cannot hold at all (tab, line feed and carriage return it can).
  return [...escaped]
    .filter((c) => c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n' || c === '\r')
    .join('');
}

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

const narratives = (vi: string, en?: string) =>
  `<narrative>${escapeXml(vi)}</narrative>` +
  (en ? `<narrative xml:lang="en">${escapeXml(en)}</narrative>` : '');

export function iatiHeader(generatedAt: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt}">\n`;
}

export const IATI_FOOTER = '</iati-activities>\n';

/** One `<iati-activity>` element. */
export function iatiActivity(
  project: AidProject,
  transactions: readonly AidTransaction[],
  ngoKinds: ReadonlyMap<string, string>,
): string {
  const out: string[] = [];
  const agency = findAgency(project.agencyCode);
  out.push(
    `  <iati-activity${attrs({
      'last-updated-datetime': new Date(project.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'xml:lang': 'vi',
      'default-currency': 'VND',
    })}>`,
  );
  out.push(`    <iati-identifier>${escapeXml(`${REPORTING_ORG_REF}-${project.code}`)}</iati-identifier>`);
  out.push(
    `    <reporting-org${attrs({ ref: REPORTING_ORG_REF, type: 10 })}>${narratives(
      agencyLabel('SNGV', 'vi'),
      agencyLabel('SNGV', 'en'),
    )}</reporting-org>`,
  );
  out.push(`    <title>${narratives(project.titleVi, project.titleEn)}</title>`);
  out.push(`    <description type="1">${narratives(project.description || project.titleVi)}</description>`);
  for (const p of project.participants) {
    const kind = p.ngoId ? ngoKinds.get(p.ngoId) : undefined;
    out.push(
      `    <participating-org${attrs({
        role: ROLE_CODES[p.role],
        type: kind ? ORGANISATION_TYPES[kind] : undefined,
      })}>${narratives(p.name ?? '')}</participating-org>`,
    );
  }
  if (agency) {
    // The managing agency is the accountable body on the Vietnamese side.
    out.push(
      `    <participating-org${attrs({ role: 2, type: 10 })}>${narratives(agency.nameVi, agency.nameEn)}</participating-org>`,
    );
  }
  out.push(`    <activity-status code="${iatiActivityStatus(project.status)}"/>`);
  const dates: [number, string | undefined][] = [
    [1, project.plannedStart ?? project.decisionDate ?? project.createdAt.slice(0, 10)],
    [2, project.actualStart],
    [3, project.plannedEnd],
    [4, project.actualEnd],
  ];
  for (const [type, date] of dates)
    if (date) out.push(`    <activity-date type="${type}" iso-date="${date}"/>`);
  out.push(`    <recipient-country code="VN" percentage="100"/>`);
  for (const l of project.locations) {
    const name = l.commune
      ? `${l.commune}, ${districtLabel(l.districtCode, 'vi')}`
      : districtLabel(l.districtCode, 'vi');
    out.push(
      `    <location${attrs({ ref: `${l.districtCode}${l.commune ? `-${l.commune}` : ''}` })}><name>${narratives(name)}</name><description>${narratives(`${l.percentage}%`)}</description></location>`,
    );
  }
  for (const s of project.sectors) {
    const sector = findSector(s.code);
    out.push(
      `    <sector${attrs({ vocabulary: 1, code: s.code, percentage: s.percentage })}>${
        sector ? narratives(sector.nameEn) : ''
      }</sector>`,
    );
  }
  const byId = new Map(transactions.map((t) => [t.id, t]));
  for (const t of transactions) {
    out.push('    <transaction>');
    out.push(`      <transaction-type code="${TRANSACTION_CODES[t.type]}"/>`);
    out.push(`      <transaction-date iso-date="${t.date}"/>`);
    out.push(`      <value${attrs({ currency: t.currency, 'value-date': t.date })}>${t.amount}</value>`);
    // A reversal (a correction or a void) is a transaction of negative value, as IATI allows, dated on
    // its own date; its description names what it reverses and why.
    const reversed = t.reversesTransactionId ? byId.get(t.reversesTransactionId) : undefined;
    const text = t.reversesTransactionId
      ? `Điều chỉnh giao dịch ngày ${reversed?.date ?? '?'} / Reversal of the transaction of ${reversed?.date ?? '?'}: ${t.reason ?? ''}`
      : t.description;
    const note = t.exchangeRate
      ? `${text ?? ''} (${t.exchangeRate} VND/${t.currency} = ${t.dongAmount} VND)`.trim()
      : text;
    if (note) out.push(`      <description>${narratives(note)}</description>`);
    out.push('    </transaction>');
  }
  out.push('  </iati-activity>');
  return out.join('\n') + '\n';
}
