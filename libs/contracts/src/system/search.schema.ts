import { z } from 'zod';
import { safeString } from '../common/primitives.schema';

/**
 * The kinds of record the global search finds, in the order the console shows their groups. Each is
 * answered by the service that keeps it (`SEARCH_KINDS` in search.routes.ts).
 */
export const SEARCH_KIND_NAMES = [
  'course',
  'trainee',
  'ngo',
  'project',
  'delegation',
  'event',
  'estimate',
  'report',
] as const;
export type SearchKind = (typeof SEARCH_KIND_NAMES)[number];
export const SearchKindSchema = z.enum(SEARCH_KIND_NAMES);

/** At most this many records of each kind: the search opens a record; "see all" opens the kind's list. */
export const SEARCH_LIMIT = 5;

/** `GET /api/search?q=`: the words, folded and matched as the lists match their `q`. */
export const GlobalSearchQuerySchema = z.object({
  q: safeString().trim().min(1).max(100),
});
export type GlobalSearchQuery = z.input<typeof GlobalSearchQuerySchema>;

/** What the gateway asks a service: the words and the service's kinds the caller may read. */
export const ServiceSearchRequestSchema = z.object({
  q: safeString().trim().min(1).max(100),
  kinds: z.array(SearchKindSchema).min(1).max(SEARCH_KIND_NAMES.length),
});
export type ServiceSearchRequest = z.input<typeof ServiceSearchRequestSchema>;

/** One record found: enough to name it in a list of results and to open it. */
export const SearchHitSchema = z.object({
  id: z.uuid(),
  /** Its name in Vietnamese (or its only name: a person, an NGO's name, a report's agency and area). */
  title: z.string(),
  /** Its English name, where it has one. */
  titleEn: z.string().optional(),
  /** A code or a second line: a course or project code, a staff code, a fiscal year. */
  detail: z.string().optional(),
  agencyCode: z.string().nullable().optional(),
  /** The year a report or an estimate belongs to (a report opens on its year's page). */
  year: z.number().int().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** A service's answer: up to SEARCH_LIMIT records of each kind it was asked, no count. */
export const ServiceSearchAnswerSchema = z.object({
  groups: z.array(z.object({ kind: SearchKindSchema, items: z.array(SearchHitSchema).max(SEARCH_LIMIT) })),
});
export type ServiceSearchAnswer = z.infer<typeof ServiceSearchAnswerSchema>;

/**
 * The global search's answer: one group per kind the caller may read, in SEARCH_KIND_NAMES order. A kind
 * whose service did not answer in time is `unavailable` (no items): the rest of the search still answers.
 * A kind the caller may not read is absent.
 */
export const GlobalSearchResultSchema = z.object({
  q: z.string(),
  groups: z.array(
    z.object({
      kind: SearchKindSchema,
      status: z.enum(['ok', 'unavailable']),
      items: z.array(SearchHitSchema).max(SEARCH_LIMIT),
    }),
  ),
});
export type GlobalSearchResult = z.infer<typeof GlobalSearchResultSchema>;
export type SearchGroup = GlobalSearchResult['groups'][number];
