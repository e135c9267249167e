import {
  type AuditEntry,
  CULTURE_SUBJECTS as S,
  type CultureReport,
  type CulturalEvent as CulturalEventDto,
  type CulturalEventAttachment,
  type CulturalEventDetail,
  type FileDownload,
  type Page,
  type ParticipantsByCountry,
  type PublicEvents,
  type Registration,
  provinceToday,
} from '@ascc/contracts';
import { OutboxEvent } from '@ascc/service-kit';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import ExcelJS from 'exceljs';
import { AppModule } from '../../app.module';
import { CulturalEventAttachment as AttachmentEntity } from '../cultural-event-attachment.entity';
import { CulturalEvent } from '../cultural-event.entity';
import { CultureDemoData } from '../demo-data';
import { SAMPLES } from '@ascc/testing';

const festival = {
  titleVi: 'Lễ hội Đền Trần Thái Bình',
  titleEn: 'Tran Temple Festival',
  type: 'festival',
  agencyCode: 'SVHTTDL',
  districtCode: 'H-HUNGHA',
  venue: 'Khu di tích lịch sử văn hóa Đền Trần',
  startDate: '2024-02-20',
  endDate: '2024-02-23',
  countryCodes: ['LA', 'LA', 'MM'],
  expectedAudience: 20000,
  costEstimate: 800_000_000,
};

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe.each(testDatabaseKinds())('culture service on %s', (kind) => {
  let svc: ServiceHarness;
  const create = (body: Record<string, unknown>) => svc.request<CulturalEventDetail>(S.eventCreate, body);
  const move = (e: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
    svc.request<CulturalEventDetail>(S.eventTransition, { id: e.id, version: e.version, to, ...extra });

  beforeAll(async () => {
    svc = await startServiceHarness('culture', AppModule, kind);
  });
  afterAll(() => svc?.stop());

  it('has committed migrations that match the entities exactly', async () => {
    expect((await svc.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('creates an event with its participating countries once each, ASEAN members marked, and lists it by district', async () => {
    const created = await create({
      ...festival,
      troupes: [{ name: 'Đoàn Nghệ thuật Udon Thani', countryCode: 'TH', size: 24 }],
    });
    expect(created).toMatchObject({
      planArea: 'III.5',
      status: 'planned',
      countryCodes: ['LA', 'MM', 'TH'],
      aseanCountryCodes: ['LA', 'MM', 'TH'],
      overlaps: [],
      attachments: [],
    });
    const inHungHa = await svc.request<Page<CulturalEventDto>>(S.eventList, { districtCode: 'H-HUNGHA' });
    expect(inHungHa.items.map((e) => e.id)).toEqual([created.id]);
    const withThailand = await svc.request<Page<CulturalEventDto>>(S.eventList, { countryCode: 'TH' });
    expect(withThailand.items.map((e) => e.id)).toEqual([created.id]);
    const elsewhere = await svc.request<Page<CulturalEventDto>>(S.eventList, { districtCode: 'H-VUTHU' });
    expect(elsewhere.total).toBe(0);
  });

  it('refuses an end before the start, an unknown country and a plan area outside III.5/III.9, naming the fields, and writes nothing', async () => {
    const before = await svc.orm.em.fork().count(CulturalEvent);
    const error = await svc.requestError(S.eventCreate, {
      ...festival,
      endDate: '2024-02-01',
      countryCodes: ['LA', 'XX'],
      planArea: 'III.1',
    });
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['countryCodes.1', 'endDate', 'planArea']);
    expect(await svc.orm.em.fork().count(CulturalEvent)).toBe(before);
  });

  it('warns of another event at the same venue on overlapping dates, on create, update and the event page', async () => {
    const venue = 'Quảng trường Thái Bình';
    const first = await create({ ...festival, venue, startDate: '2023-09-01', endDate: '2023-09-05' });
    const second = await create({
      ...festival,
      titleVi: 'Hội chợ du lịch',
      venue: 'quang truong thai binh',
      startDate: '2023-09-05',
      endDate: '2023-09-07',
    });
    expect(second.overlaps.map((o) => o.id)).toEqual([first.id]);
    const page = await svc.request<CulturalEventDetail>(S.eventGet, { id: first.id });
    expect(page.overlaps.map((o) => o.id)).toEqual([second.id]);
    const { id, version, createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments, ...fields } =
      second;
    void [createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments];
    const moved = await svc.request<CulturalEventDetail>(S.eventUpdate, {
      ...fields,
      id,
      version,
      startDate: '2023-09-06',
    });
    expect(moved.overlaps).toEqual([]);
    expect(moved.version).toBe(version + 1);
    const calendar = await svc.request<{ items: { id: string; overlapCount: number }[] }>(S.calendarGet, {
      from: '2023-09-01',
      to: '2023-09-30',
    });
    expect(calendar.items.map((i) => [i.id, i.overlapCount])).toEqual([
      [first.id, 0],
      [second.id, 0],
    ]);
  });

  it('refuses a stale update with 409 naming the current version, and loses nothing', async () => {
    const event = await create({ ...festival, venue: 'Nhà văn hóa Đông Hưng' });
    const { overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt, ...fields } = event;
    void [overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt];
    const first = await svc.request<CulturalEventDetail>(S.eventUpdate, { ...fields, titleEn: 'First edit' });
    const stale = await svc.requestError(S.eventUpdate, { ...fields, titleEn: 'Second edit' });
    expect(stale.status).toBe(409);
    expect(stale.fields?.[0]).toMatchObject({ path: 'version', params: { currentVersion: first.version } });
    const now = await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id });
    expect(now.titleEn).toBe('First edit');
  });

  it('runs an event planned → confirmed → held → reported, never back to planned, and writes the outbox events', async () => {
    let event = await create({
      ...festival,
      venue: 'Sân vận động Thái Bình',
      startDate: '2023-05-02',
      endDate: '2023-05-03',
    });
    event = await move(event, 'confirmed');
    const missing = await svc.requestError(S.eventTransition, {
      id: event.id,
      version: event.version,
      to: 'held',
    });
    expect(missing.fields?.map((f) => f.path)).toEqual(['actualAudience']);
    event = await move(event, 'held', { actualAudience: 5000 });
    expect(event).toMatchObject({ status: 'held', actualAudience: 5000 });
    const back = await svc.requestError(S.eventTransition, {
      id: event.id,
      version: event.version,
      to: 'planned',
    });
    expect(back).toMatchObject({
      status: 409,
      fields: [{ params: { rule: 'eventTransition', eventStatus: 'held', eventStatusTo: 'planned' } }],
    });
    event = await svc.request<CulturalEventDetail>(S.eventReport, {
      id: event.id,
      version: event.version,
      attendance: 5200,
      outcomes: 'Ký kết hợp tác',
      mediaCoverage: 'Báo Thái Bình',
    });
    expect(event).toMatchObject({ status: 'reported', actualAudience: 5200, report: { attendance: 5200 } });
    const outbox = await svc.orm.em.fork().find(OutboxEvent, {}, { orderBy: { seq: 'asc' } });
    const mine = outbox.filter((o) => (o.data as { eventId: string }).eventId === event.id);
    expect(mine.map((o) => o.subject)).toEqual(['culture.event.held', 'culture.event.reported']);
    expect(mine[1].data).toMatchObject({ titleVi: 'Lễ hội Đền Trần Thái Bình', audience: 5200, year: 2023 });
    expect(mine[0].data).toMatchObject({
      titleVi: 'Lễ hội Đền Trần Thái Bình',
      audience: 5000,
      year: 2023,
      planArea: 'III.5',
      districtCode: 'H-HUNGHA',
      countries: [
        { code: 'LA', asean: true },
        { code: 'MM', asean: true },
      ],
    });
  });

  it('cancels with a reason only, and records culture.event.cancelled', async () => {
    const event = await create({ ...festival, venue: 'Nhà văn hóa Vũ Thư' });
    const noReason = await svc.requestError(S.eventTransition, {
      id: event.id,
      version: event.version,
      to: 'cancelled',
    });
    expect(noReason.fields?.map((f) => f.path)).toEqual(['reason']);
    const cancelled = await move(event, 'cancelled', { reason: 'Mưa bão' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Mưa bão' });
    const outbox = await svc.orm.em.fork().find(OutboxEvent, { subject: 'culture.event.cancelled' });
    expect(outbox.map((o) => o.data)).toEqual([
      expect.objectContaining({ eventId: event.id, reason: 'Mưa bão' }),
    ]);
  });

  it('keeps photo and document attachments, checked by their bytes, and refuses too large or wrong files storing nothing', async () => {
    const event = await create({ ...festival, venue: 'Bảo tàng Thái Bình' });
    const photo = await svc.request<CulturalEventAttachment>(S.attachmentUpload, {
      id: event.id,
      file: { fileName: 'Ảnh khai mạc.png', contentType: 'image/png', base64: b64(SAMPLES.png) },
    });
    expect(photo).toMatchObject({ kind: 'photo', size: SAMPLES.png.length, contentType: 'image/png' });
    await svc.request(S.attachmentUpload, {
      id: event.id,
      file: { fileName: 'bao-cao.docx', contentType: SAMPLES.docxType, base64: b64(SAMPLES.docx) },
    });
    const before = await svc.orm.em.fork().count(AttachmentEntity);
    const fake = await svc.requestError(S.attachmentUpload, {
      id: event.id,
      file: { fileName: 'virus.jpg', contentType: 'image/jpeg', base64: b64(SAMPLES.exe) },
    });
    expect(fake.status).toBe(400);
    expect(fake.fields?.map((f) => f.path)).toEqual(['file.contentType']);
    // Too large a file is refused by its schema (gateway and service); the gateway test sends one.
    expect(await svc.orm.em.fork().count(AttachmentEntity)).toBe(before);

    const file = await svc.request<FileDownload>(S.attachmentDownload, {
      id: event.id,
      attachmentId: photo.id,
    });
    expect(Buffer.from(file.base64, 'base64').equals(Buffer.from(SAMPLES.png))).toBe(true);
    expect(file).toMatchObject({ fileName: 'Ảnh khai mạc.png', contentType: 'image/png' });
    const page = await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id });
    expect(page.attachments.map((a) => a.kind)).toEqual(['photo', 'document']);
  });

  it('removes an attachment for an editor of the event, keeps its name in the history, and refuses a viewer or another event', async () => {
    const event = await create({ ...festival, venue: 'Thư viện tỉnh' });
    const photo = await svc.request<CulturalEventAttachment>(S.attachmentUpload, {
      id: event.id,
      file: { fileName: 'san-khau.png', contentType: 'image/png', base64: b64(SAMPLES.png) },
    });
    const other = await create({ ...festival, venue: 'Nhà văn hóa Kiến Xương' });
    const elsewhere = await svc.requestError(S.attachmentDelete, { id: other.id, attachmentId: photo.id });
    expect(elsewhere.status).toBe(404);
    const viewer = await svc.requestError(
      S.attachmentDelete,
      { id: event.id, attachmentId: photo.id },
      TEST_CALLERS.cultureViewer,
    );
    expect(viewer.status).toBe(403);
    const outsider = await svc.requestError(
      S.attachmentDelete,
      { id: event.id, attachmentId: photo.id },
      TEST_CALLERS.homeAffairsEditor,
    );
    // Home Affairs' editor records events of its own agency only: Culture's is answered as a missing one.
    expect(outsider.status).toBe(404);
    expect((await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id })).attachments).toHaveLength(
      1,
    );

    const removed = await svc.request(
      S.attachmentDelete,
      { id: event.id, attachmentId: photo.id },
      TEST_CALLERS.cultureEditor,
    );
    expect(removed).toEqual({ id: event.id, attachmentId: photo.id });
    expect((await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id })).attachments).toEqual([]);
    expect(await svc.orm.em.fork().count(AttachmentEntity, { id: photo.id })).toBe(0);
    const gone = await svc.requestError(S.attachmentDownload, { id: event.id, attachmentId: photo.id });
    expect(gone.status).toBe(404);
    const history = await svc.request<Page<AuditEntry>>(S.eventHistory, { id: event.id });
    expect(history.items[0]).toMatchObject({
      username: 'svhttdl.editor',
      changes: { attachmentRemoved: { before: `san-khau.png (${SAMPLES.png.length} B)` } },
    });
  });

  it('corrects a registration with the rules of registering, keeps its place, refuses a stale version, and records the change', async () => {
    const event = await create({
      ...festival,
      venue: 'Sân vận động tỉnh',
      takesRegistrations: true,
      capacity: 1,
    });
    const first = await svc.request<Registration>(S.registrationCreate, {
      id: event.id,
      name: 'Souk',
      countryCode: 'LA',
      contact: 'souk@example.org',
    });
    const second = await svc.request<Registration>(S.registrationCreate, {
      id: event.id,
      name: 'Vannak',
      countryCode: 'KH',
      contact: 'vannak@example.org',
    });
    expect(second).toMatchObject({ status: 'waitlisted', version: 1 });

    const bad = await svc.requestError(S.registrationUpdate, {
      id: event.id,
      registrationId: second.id,
      version: second.version,
      name: '',
      countryCode: 'XX',
      contact: 'vannak@example.org',
    });
    expect(bad.status).toBe(400);
    expect(bad.fields?.map((f) => f.path).sort()).toEqual(['countryCode', 'name']);

    const corrected = await svc.request<Registration>(S.registrationUpdate, {
      id: event.id,
      registrationId: second.id,
      version: second.version,
      name: 'Vannak Chea',
      organisation: 'Royal University of Phnom Penh',
      countryCode: 'KH',
      contact: 'vannak.chea@example.org',
    });
    expect(corrected).toMatchObject({
      name: 'Vannak Chea',
      organisation: 'Royal University of Phnom Penh',
      contact: 'vannak.chea@example.org',
      status: 'waitlisted',
      position: second.position,
      version: 2,
    });

    const stale = await svc.requestError(S.registrationUpdate, {
      id: event.id,
      registrationId: second.id,
      version: second.version,
      name: 'Someone else',
      countryCode: 'KH',
      contact: 'x@example.org',
    });
    expect(stale).toMatchObject({
      status: 409,
      fields: [{ path: 'version', params: { currentVersion: 2 } }],
    });
    const viewer = await svc.requestError(
      S.registrationUpdate,
      { id: event.id, registrationId: first.id, version: 1, name: 'X', countryCode: 'LA', contact: 'x' },
      TEST_CALLERS.cultureViewer,
    );
    expect(viewer.status).toBe(403);

    const list = await svc.request<Page<Registration>>(S.registrationList, { id: event.id });
    expect(list.items.map((r) => [r.name, r.status])).toEqual([
      ['Souk', 'registered'],
      ['Vannak Chea', 'waitlisted'],
    ]);
    const audit = await svc.request<Page<AuditEntry>>(S.auditList, {
      entity: 'CulturalEventRegistration',
      entityId: second.id,
    });
    expect(audit.items[0]).toMatchObject({
      action: 'update',
      changes: {
        name: { before: 'Vannak', after: 'Vannak Chea' },
        contact: { before: 'vannak@example.org', after: 'vannak.chea@example.org' },
      },
    });
  });

  it('registers up to the capacity, waitlists the rest, promotes in order on a cancellation, checks in, and counts by country', async () => {
    const event = await create({
      ...festival,
      venue: 'Hội trường Sở VH-TT-DL',
      takesRegistrations: true,
      capacity: 2,
    });
    const reg = (name: string, countryCode: string) =>
      svc.request<Registration>(S.registrationCreate, {
        id: event.id,
        name,
        countryCode,
        contact: `${name}@example.org`,
      });
    const a = await reg('Souk', 'LA');
    const b = await reg('Somchai', 'TH');
    const c = await reg('Vannak', 'KH');
    const d = await reg('Aung', 'MM');
    expect([a, b, c, d].map((r) => r.status)).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
    await svc.request(S.registrationCancel, { id: event.id, registrationId: b.id });
    const list = await svc.request<Page<Registration>>(S.registrationList, { id: event.id });
    expect(list.items.map((r) => [r.name, r.status])).toEqual([
      ['Souk', 'registered'],
      ['Somchai', 'cancelled'],
      ['Vannak', 'registered'],
      ['Aung', 'waitlisted'],
    ]);
    // Participants check in only at a confirmed event: refused while it is planned, nothing recorded.
    const early = await svc.requestError(S.registrationCheckIn, { id: event.id, registrationId: a.id });
    expect(early).toMatchObject({
      status: 409,
      fields: [{ path: 'id', params: { rule: 'eventNotConfirmed', status: 'planned' } }],
    });
    const unchecked = await svc.request<Page<Registration>>(S.registrationList, { id: event.id });
    expect(unchecked.items.find((r) => r.id === a.id)?.checkedInAt).toBeNull();
    await move(event, 'confirmed');
    const checked = await svc.request<Registration>(S.registrationCheckIn, {
      id: event.id,
      registrationId: a.id,
    });
    expect(checked.checkedInAt).not.toBeNull();
    const waitlisted = await svc.requestError(S.registrationCheckIn, { id: event.id, registrationId: d.id });
    expect(waitlisted).toMatchObject({
      status: 409,
      fields: [{ params: { rule: 'checkInNotRegistered', name: 'Aung', registrationStatus: 'waitlisted' } }],
    });
    const byCountry = await svc.request<ParticipantsByCountry>(S.registrationByCountry, { id: event.id });
    expect(byCountry.items).toEqual([
      { countryCode: 'KH', registered: 1, waitlisted: 0, checkedIn: 0 },
      { countryCode: 'LA', registered: 1, waitlisted: 0, checkedIn: 1 },
      { countryCode: 'MM', registered: 0, waitlisted: 1, checkedIn: 0 },
    ]);
    const closed = await svc.requestError(S.registrationCreate, {
      id: (await create({ ...festival, venue: 'Nơi khác' })).id,
      name: 'X',
      countryCode: 'LA',
      contact: 'x',
    });
    expect(closed.status).toBe(400);
  });

  it('refuses a registration on a held event naming the event and its status, and writes none', async () => {
    let event = await create({
      ...festival,
      venue: 'Nhà thi đấu tỉnh',
      // A year no report of this suite reads.
      startDate: '2021-06-10',
      endDate: '2021-06-10',
      takesRegistrations: true,
    });
    event = await move(event, 'confirmed');
    event = await move(event, 'held', { actualAudience: 300 });
    const refused = await svc.requestError(S.registrationCreate, {
      id: event.id,
      name: 'Souk',
      countryCode: 'LA',
      contact: 'souk@example.org',
    });
    expect(refused).toMatchObject({
      status: 409,
      fields: [
        { params: { rule: 'eventClosedToRegistrations', title: festival.titleVi, eventStatus: 'held' } },
      ],
    });
    const list = await svc.request<Page<Registration>>(S.registrationList, { id: event.id });
    expect(list.items).toEqual([]);
  });

  it('records an event as held only from its start date, unless an editor overrides it with a reason kept in history', async () => {
    const today = provinceToday();
    const ahead = (days: number) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    let event = await create({
      ...festival,
      venue: 'Nhà hát Chèo Thái Bình',
      startDate: ahead(16),
      endDate: ahead(17),
    });
    event = await move(event, 'confirmed');
    const historyOf = async () =>
      (await svc.request<Page<AuditEntry>>(S.eventHistory, { id: event.id, page: 1, pageSize: 100 })).items;
    const before = await historyOf();
    const refused = await svc.requestError(S.eventTransition, {
      id: event.id,
      version: event.version,
      to: 'held',
      actualAudience: 300,
    });
    expect(refused).toMatchObject({
      status: 409,
      fields: [{ path: 'to', params: { rule: 'eventNotStarted', startDate: ahead(16), overridable: true } }],
    });
    expect(await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id })).toMatchObject({
      status: 'confirmed',
      version: event.version,
    });
    expect(await historyOf()).toHaveLength(before.length);
    const held = await svc.request<CulturalEventDetail>(
      S.eventTransition,
      {
        id: event.id,
        version: event.version,
        to: 'held',
        actualAudience: 300,
        override: true,
        overrideReason: 'Nhập bù: ngày tổ chức ghi nhầm trong kế hoạch',
      },
      TEST_CALLERS.cultureEditor,
    );
    expect(held.status).toBe('held');
    const [latest] = await historyOf();
    expect(latest.changes.overrideReason?.after).toBe('Nhập bù: ngày tổ chức ghi nhầm trong kế hoạch');
    expect(latest.changes.status).toEqual({ before: 'confirmed', after: 'held' });
  });

  it('never gives the last place twice when participants register at the same moment', async () => {
    const event = await create({
      ...festival,
      venue: 'Hội trường lớn',
      takesRegistrations: true,
      capacity: 2,
    });
    const all = await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((name) =>
        svc.request<Registration>(S.registrationCreate, {
          id: event.id,
          name,
          countryCode: 'LA',
          contact: name,
        }),
      ),
    );
    expect(all.filter((r) => r.status === 'registered')).toHaveLength(2);
    expect(new Set(all.map((r) => r.position)).size).toBe(5);
  });

  it('lets the Culture viewer read but not change, and another agency neither', async () => {
    const event = await create({ ...festival, venue: 'Nhà văn hóa Quỳnh Phụ' });
    const { overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt, ...fields } = event;
    void [overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt];
    expect((await svc.requestError(S.eventUpdate, fields, TEST_CALLERS.cultureViewer)).status).toBe(403);
    // Another agency's event is answered as if there were none (404), not 403: its existence stays hidden.
    expect((await svc.requestError(S.eventGet, { id: event.id }, TEST_CALLERS.healthEditor)).status).toBe(
      404,
    );
    expect(
      (await svc.request<CulturalEventDetail>(S.eventGet, { id: event.id }, TEST_CALLERS.cultureViewer)).id,
    ).toBe(event.id);
  });

  it("lets any agency's editor organise events of its own and a co-organising agency read (never change) the events it co-organises", async () => {
    const fa = TEST_CALLERS.foreignAffairsEditor;
    const own = await svc.request<CulturalEventDetail>(
      S.eventCreate,
      {
        ...festival,
        agencyCode: 'SNGV',
        titleEn: 'Cultural diplomacy evening',
        venue: 'Hội trường Sở Ngoại vụ',
      },
      fa,
    );
    expect(own.agencyCode).toBe('SNGV');
    expect((await svc.requestError(S.eventCreate, { ...festival, venue: 'Nơi khác' }, fa)).status).toBe(403);
    const shared = await create({ ...festival, venue: 'Nhà hát Thái Bình', coOrganisers: ['SNGV', 'SNGV'] });
    const other = await create({ ...festival, venue: 'Sân vận động Thái Bình' });
    // Read: the record, its history, the list (with the organiser filter) and the calendar.
    expect((await svc.request<CulturalEventDetail>(S.eventGet, { id: shared.id }, fa)).coOrganisers).toEqual([
      'SNGV',
    ]);
    expect((await svc.request<Page<unknown>>(S.eventHistory, { id: shared.id }, fa)).total).toBe(1);
    const listed = await svc.request<Page<CulturalEventDto>>(S.eventList, { pageSize: 100 }, fa);
    const ids = listed.items.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([own.id, shared.id]));
    expect(ids).not.toContain(other.id);
    const byOrganiser = await svc.request<Page<CulturalEventDto>>(S.eventList, { agencyCode: 'SVHTTDL' }, fa);
    expect(byOrganiser.items.map((e) => e.id)).toEqual([shared.id]);
    const mine = await svc.request<Page<CulturalEventDto>>(S.eventList, { agencyCode: 'SNGV' }, fa);
    expect(mine.items.map((e) => e.id)).toEqual([own.id]);
    const calendar = await svc.request<{ items: { id: string }[] }>(
      S.calendarGet,
      { from: '2024-02-01', to: '2024-02-29' },
      fa,
    );
    expect(calendar.items.map((e) => e.id)).toEqual(expect.arrayContaining([own.id, shared.id]));
    expect(calendar.items.map((e) => e.id)).not.toContain(other.id);
    // Not another agency's, and never a change: 403 for the co-organiser (who reads it anyway).
    expect((await svc.requestError(S.eventGet, { id: other.id }, fa)).status).toBe(404);
    const { overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt, ...fields } = shared;
    void [overlaps, attachments, aseanCountryCodes, status, createdAt, updatedAt];
    expect((await svc.requestError(S.eventUpdate, { ...fields, titleVi: 'Đổi' }, fa)).status).toBe(403);
    expect(
      (
        await svc.requestError(
          S.eventTransition,
          { id: shared.id, version: shared.version, to: 'confirmed' },
          fa,
        )
      ).status,
    ).toBe(403);
    expect((await svc.request<CulturalEventDetail>(S.eventGet, { id: shared.id })).version).toBe(
      shared.version,
    );
    // Culture keeps its view of every agency's events.
    const cultureList = await svc.request<Page<CulturalEventDto>>(
      S.eventList,
      { agencyCode: 'SNGV' },
      TEST_CALLERS.cultureViewer,
    );
    expect(cultureList.items.map((e) => e.id)).toContain(own.id);
  });

  it('publishes only confirmed and past held events, as the public shape: no cost, contact, notes or drafts', async () => {
    const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const secret = {
      costEstimate: 987_654_321,
      organiserContact: 'Chị Hoa 0912 345 678',
      internalNotes: 'GHI-CHU-NOI-BO',
    };
    const draft = await create({
      ...festival,
      ...secret,
      titleEn: 'DRAFT-EVENT',
      venue: 'P1',
      startDate: future(10),
      endDate: future(11),
    });
    let confirmed = await create({
      ...festival,
      ...secret,
      titleEn: 'PUBLIC-UPCOMING',
      venue: 'P2',
      startDate: future(10),
      endDate: future(12),
    });
    confirmed = await move(confirmed, 'confirmed');
    const gone = await move(
      await move(
        await create({
          ...festival,
          ...secret,
          titleEn: 'CANCELLED-EVENT',
          venue: 'P3',
          startDate: future(5),
          endDate: future(5),
        }),
        'confirmed',
      ),
      'cancelled',
      { reason: 'x' },
    );
    const feed = await svc.request<PublicEvents>(S.publicEvents, {}, null);
    const raw = JSON.stringify(feed);
    expect(feed.upcoming.map((e) => e.titleEn)).toContain('PUBLIC-UPCOMING');
    expect(feed.highlights.length).toBeGreaterThan(0);
    for (const leak of [
      '987654321',
      '0912 345 678',
      'GHI-CHU-NOI-BO',
      'DRAFT-EVENT',
      'CANCELLED-EVENT',
      draft.id,
      gone.id,
    ]) {
      expect(raw).not.toContain(leak);
    }
    for (const key of [
      'costEstimate',
      'organiserContact',
      'internalNotes',
      'capacity',
      'agencyCode',
      'version',
    ]) {
      expect(raw).not.toContain(`"${key}"`);
    }
    const ics = await svc.request<FileDownload>(S.publicCalendar, { lang: 'en' }, null);
    const text = Buffer.from(ics.base64, 'base64').toString('utf8');
    expect(ics.contentType).toMatch(/^text\/calendar/);
    expect(text).toContain(`UID:${confirmed.id}@culture.ascc.thaibinh`);
    expect(text).toContain('SUMMARY:PUBLIC-UPCOMING');
    expect(text).not.toContain('DRAFT-EVENT');
    expect(text).not.toContain('CANCELLED-EVENT');
  });

  it('reports events by year × type × country × district × plan area, ASEAN countries per year and audience, and exports the filter', async () => {
    const report = await svc.request<CultureReport>(S.reportGet, { year: 2023 });
    expect(report.byYear).toEqual([{ year: 2023, events: expect.any(Number), audience: 5200 }]);
    expect(report.aseanByYear).toEqual([{ year: 2023, countryCodes: ['LA', 'MM'] }]);
    expect(report.rows).toContainEqual({
      year: 2023,
      type: 'festival',
      countryCode: 'LA',
      districtCode: 'H-HUNGHA',
      planArea: 'III.5',
      events: report.totals.events,
      audience: 5200,
    });
    const laos = await svc.request<CultureReport>(S.reportGet, { countryCode: 'TH' });
    expect(laos.rows.every((r) => r.countryCode === 'TH')).toBe(true);
    const csv = await svc.request<FileDownload>(S.reportExport, { year: 2023, format: 'csv' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toContain('Năm / Year');
    expect(text).toContain('2023,festival,LA Lao PDR');
    expect(text).not.toContain('2024,');
    const xlsx = await svc.request<FileDownload>(S.reportExport, { year: 2023, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const events = book.getWorksheet('Events');
    expect(events?.rowCount).toBe(report.rows.length + 1);
    // The workbook reads as words: the type and country by name, counts grouped, columns sized.
    const rows = events?.getRows(2, report.rows.length) ?? [];
    expect(rows.map((row) => row.getCell(2).value)).toContain('Lễ hội');
    expect(rows.map((row) => row.getCell(3).value)).toContain('Lào');
    expect(rows.some((row) => row.getCell(2).value === 'festival')).toBe(false);
    expect(events?.getColumn(7).numFmt).toBe('#,##0');
    expect(events?.getColumn(5).width).toBeGreaterThanOrEqual(40);
  });

  it('seeds the demo province once, fast, and only into an empty database', async () => {
    const demo = svc.app.get(CultureDemoData);
    expect(await demo.seed()).toBe(0);
    const em = svc.orm.em.fork();
    await em.nativeDelete(CulturalEvent, {});
    const started = Date.now();
    const seeded = await demo.seed();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(seeded).toBeGreaterThan(120);
    const report = await svc.request<CultureReport>(S.reportGet, {});
    expect(report.byYear.map((y) => y.year)).toEqual(expect.arrayContaining([2017, 2020, 2025]));
    expect(report.aseanByYear.find((y) => y.year === 2023)?.countryCodes).toEqual(
      expect.arrayContaining(['LA']),
    );
    // One held or reported event per held or reported demo event, titled as the event.
    const done = await em.fork().find(CulturalEvent, { status: { $in: ['held', 'reported'] } });
    const outbox = await em
      .fork()
      .find(OutboxEvent, { subject: { $in: ['culture.event.held', 'culture.event.reported'] } });
    const byEvent = new Map(outbox.map((o) => [(o.data as { eventId: string }).eventId, o]));
    expect(done.length).toBeGreaterThan(50);
    for (const e of done) {
      const row = byEvent.get(e.id);
      expect(row?.subject).toBe(`culture.event.${e.status}`);
      expect(row?.data).toMatchObject({ eventId: e.id, titleVi: e.titleVi, agencyCode: e.agencyCode });
    }
  });
});
