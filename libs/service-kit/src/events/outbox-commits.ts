import type { EventSubscriber, MikroORM } from '@mikro-orm/core';

type Listener = () => void;

/**
 * Tells its listeners when a root transaction of one ORM commits — an `em.transactional` or the
 * transaction a flush opens for itself (MikroORM's `afterTransactionCommit` fires for root transactions
 * only, after the commit, never on a rollback). Events are recorded in the transaction of their change
 * (`recordEvent`), so every commit that wrote outbox rows is among these; a commit that wrote none costs
 * the relay one indexed look at an empty outbox. Rows written outside the ORM (raw SQL, another
 * process) are left to the relay's fallback poll.
 */
class CommitWatch implements EventSubscriber {
  readonly listeners = new Set<Listener>();

  constructor(orm: MikroORM) {
    orm.em.getEventManager().registerSubscriber(this);
  }

  afterTransactionCommit(): void {
    for (const listener of this.listeners) listener();
  }
}

const watches = new WeakMap<MikroORM, CommitWatch>();

/** Calls `listener` right after each commit of a root transaction of `orm`; returns how to stop. */
export function onCommit(orm: MikroORM, listener: Listener): () => void {
  let watch = watches.get(orm);
  if (!watch) {
    watch = new CommitWatch(orm);
    watches.set(orm, watch);
  }
  const { listeners } = watch;
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
