import type {
  CreateCulturalEventSchema,
  CulturalEvent as CulturalEventDto,
  CulturalEventAttachment as AttachmentDto,
} from '@ascc/contracts';
import { type Row, searchText } from '@ascc/service-kit';
import type { CulturalEventAttachment } from './cultural-event-attachment.entity';
import type { CulturalEvent } from './cultural-event.entity';
import { aseanCountries, participatingCountries } from './event-rules';

/** The audit rows' entity name of an event (its attachments are written under it too). */
export const EVENT_ENTITY = 'CulturalEvent';
/** How a missing event is named in a 404. */
export const EVENT_LABEL = 'Cultural event';

export type EventInput = ReturnType<typeof CreateCulturalEventSchema.parse>;

/** The event's columns from a validated create/update message. */
export function fieldsOf(input: EventInput) {
  const countryCodes = participatingCountries(input.countryCodes, input.troupes);
  return {
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    description: input.description || null,
    type: input.type,
    planArea: input.planArea,
    agencyCode: input.agencyCode,
    coOrganisers: [...new Set(input.coOrganisers)].filter((code) => code !== input.agencyCode),
    districtCode: input.districtCode ?? null,
    venue: input.venue,
    startDate: input.startDate,
    endDate: input.endDate,
    countryCodes,
    troupes: input.troupes,
    expectedAudience: input.expectedAudience ?? null,
    costEstimate: input.costEstimate,
    takesRegistrations: input.takesRegistrations,
    capacity: input.takesRegistrations ? (input.capacity ?? null) : null,
    organiserContact: input.organiserContact || null,
    internalNotes: input.internalNotes || null,
    searchText: searchText(input.titleVi, input.titleEn, input.venue),
  };
}

export function attachmentDto(a: CulturalEventAttachment): AttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size,
    kind: a.kind,
    createdAt: a.createdAt.toISOString(),
  };
}

export function toDto(event: Row<CulturalEvent>): CulturalEventDto {
  const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    // Written out, not spread from recordMeta (see its note).
    id: event.id,
    version: event.version,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
    titleVi: event.titleVi,
    titleEn: event.titleEn,
    ...opt('description', event.description),
    type: event.type,
    planArea: event.planArea,
    agencyCode: event.agencyCode,
    coOrganisers: event.coOrganisers,
    ...opt('districtCode', event.districtCode),
    venue: event.venue,
    startDate: event.startDate,
    endDate: event.endDate,
    countryCodes: event.countryCodes,
    aseanCountryCodes: aseanCountries(event.countryCodes, event.startDate),
    troupes: event.troupes,
    ...opt('expectedAudience', event.expectedAudience),
    ...opt('actualAudience', event.actualAudience),
    costEstimate: event.costEstimate,
    takesRegistrations: event.takesRegistrations,
    ...opt('capacity', event.capacity),
    ...opt('organiserContact', event.organiserContact),
    ...opt('internalNotes', event.internalNotes),
    status: event.status,
    ...opt('statusReason', event.statusReason),
    ...(event.reportedAt && event.reportAttendance != null
      ? {
          report: {
            attendance: event.reportAttendance,
            outcomes: event.reportOutcomes ?? '',
            mediaCoverage: event.reportMediaCoverage ?? '',
            reportedAt: event.reportedAt.toISOString(),
          },
        }
      : {}),
  } as CulturalEventDto;
}
