import { BlobType, DateTimeType, Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { ATTACHMENT_KINDS } from '@ascc/contracts';

/**
 * A photo or document of an event. The bytes live in the database, beside their metadata: the upload
 * is one transaction (a refused or failed upload leaves nothing behind, no orphan file), every copy of
 * the service sees it without a shared disk, and a database backup holds it. Files are at most 5 MB
 * and an event's attachments are few, so the table stays modest; the bytes are loaded only to download.
 */
@Entity({ tableName: 'cultural_event_attachment' })
@Index({ properties: ['eventId', 'createdAt'] })
export class CulturalEventAttachment {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 16 })
  kind!: (typeof ATTACHMENT_KINDS)[number];

  @Property({ type: BlobType, lazy: true })
  bytes!: Buffer;

  @Property({ type: 'string', length: 40 })
  uploadedBy!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
