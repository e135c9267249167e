let generation = 0;

/**
 * What the public sees changed in this copy (a report accepted, the catalogue edited): its next visitor
 * gets a fresh answer. Other copies, and computed values from new events, follow within the TTL.
 */
export function publishedChanged(): void {
  generation += 1;
}

/** The count of such changes so far: a cached public answer of an older count is stale. */
export function publishedGeneration(): number {
  return generation;
}
