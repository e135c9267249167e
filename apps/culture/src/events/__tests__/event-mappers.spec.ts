import { CulturalEventAttachment } from '../cultural-event-attachment.entity';
import { CulturalEvent } from '../cultural-event.entity';
import { type EventInput, attachmentDto, fieldsOf, toDto } from '../event-mappers';

const input = {
  titleVi: 'Tuần văn hoá ASEAN',
  titleEn: 'ASEAN culture week',
  description: '',
  type: 'festival',
  planArea: 'A1',
  agencyCode: 'SVHTTDL',
  coOrganisers: ['SVHTTDL', 'SNGV', 'SNGV'],
  venue: 'Nhà văn hoá tỉnh',
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  countryCodes: ['VN', 'LA'],
  troupes: [{ countryCode: 'KR', name: 'Seoul troupe' }],
  costEstimate: 150_000_000,
  takesRegistrations: false,
  capacity: 300,
  organiserContact: '',
  internalNotes: '',
} as unknown as EventInput;

function entity(overrides: Partial<CulturalEvent> = {}): CulturalEvent {
  return Object.assign(new CulturalEvent(), {
    id: 'e1',
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
    updatedAt: new Date('2026-01-02T00:00:00.000Z'),
    ...fieldsOf(input),
    venueKey: 'nha van hoa tinh',
    status: 'planned',
    ...overrides,
  });
}

describe('cultural event mappers', () => {
  it('stores the troupes’ countries among the participants, and no organiser twice or as its own co-organiser', () => {
    const fields = fieldsOf(input);
    expect(fields.countryCodes).toEqual(['VN', 'LA', 'KR']);
    expect(fields.coOrganisers).toEqual(['SNGV']);
  });

  it('keeps no capacity for an event without registrations, and stores empty texts as null', () => {
    const fields = fieldsOf(input);
    expect(fields.capacity).toBeNull();
    expect(fields.description).toBeNull();
    expect(fields.organiserContact).toBeNull();
    expect(fields.internalNotes).toBeNull();
    expect(fieldsOf({ ...input, takesRegistrations: true } as EventInput).capacity).toBe(300);
  });

  it('answers an event with its ASEAN countries on its first day and leaves empty fields out', () => {
    const dto = toDto(entity());
    expect(dto.aseanCountryCodes).toEqual(['VN', 'LA']);
    expect(dto).toMatchObject({ id: 'e1', version: 1, updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(dto).not.toHaveProperty('description');
    expect(dto).not.toHaveProperty('capacity');
    expect(dto).not.toHaveProperty('report');
  });

  it('answers a reported event with its report', () => {
    const reportedAt = new Date('2026-05-20T03:00:00.000Z');
    const dto = toDto(
      entity({ status: 'reported', reportAttendance: 420, reportOutcomes: 'ok', reportedAt }),
    );
    expect(dto.report).toEqual({
      attendance: 420,
      outcomes: 'ok',
      mediaCoverage: '',
      reportedAt: '2026-05-20T03:00:00.000Z',
    });
  });

  it('answers an attachment without its bytes', () => {
    const attachment = Object.assign(new CulturalEventAttachment(), {
      id: 'a1',
      fileName: 'plan.pdf',
      contentType: 'application/pdf',
      size: 10,
      kind: 'pdf',
      bytes: Buffer.from('0123456789'),
      createdAt: new Date('2026-02-01T00:00:00.000Z'),
    });
    expect(attachmentDto(attachment)).toEqual({
      id: 'a1',
      fileName: 'plan.pdf',
      contentType: 'application/pdf',
      size: 10,
      kind: 'pdf',
      createdAt: '2026-02-01T00:00:00.000Z',
    });
  });
});
