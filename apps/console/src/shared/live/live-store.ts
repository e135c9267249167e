// Type-only imports: the signed-in shell reads this store, and must not pull in zod and the contracts.
import type { LiveKind, RecordChanged } from '@ascc/contracts';

/** A change as the console receives it (no agency: the gateway decided already). */
export type LiveChange = Omit<RecordChanged, 'agencyCode'>;

type Listener = () => void;

/**
 * What live updates know that screens read: the records open in an edit form (their queries are held,
 * not refreshed under the user's typing) and, for each, the latest change another user made since the
 * form opened — the notice the form shows before saving.
 */
const held = new Map<string, number>();
const notices = new Map<string, LiveChange>();
const listeners = new Set<Listener>();

export const liveKey = (kind: LiveKind | string, id: string) => `${kind}:${id}`;

function emit() {
  for (const listener of [...listeners]) listener();
}

export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Marks a record as being edited until the returned function is called. */
export function holdRecord(kind: LiveKind, id: string): () => void {
  const key = liveKey(kind, id);
  held.set(key, (held.get(key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (held.get(key) ?? 1) - 1;
    if (count > 0) held.set(key, count);
    else {
      held.delete(key);
      if (notices.delete(key)) emit();
    }
  };
}

export function isHeld(kind: string, id: string): boolean {
  return held.has(liveKey(kind, id));
}

/** The change another user made to a held record since its form opened, if any. */
export function noticeFor(kind: string, id: string): LiveChange | undefined {
  return notices.get(liveKey(kind, id));
}

/** Records a change of a held record by someone else (the live stream calls this). */
export function noteChange(change: LiveChange, me: string | undefined): void {
  const key = liveKey(change.kind, change.id);
  if (!held.has(key) || change.by === me) return;
  notices.set(key, change);
  emit();
}

/** The user reloaded the record: the notice has been dealt with. */
export function clearNotice(kind: string, id: string): void {
  if (notices.delete(liveKey(kind, id))) emit();
}
