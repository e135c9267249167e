import { LIVE_KINDS, authorizeRecord, formatLiveCursor, parseLiveCursor } from '@ascc/contracts';
import { maysee } from '../live.controller';
import { type LiveEvent, StreamTail, deliverySequences } from '../live-feed';

const change = (seq: number): LiveEvent => ({
  stream: 'AID',
  seq,
  change: {
    kind: 'aid.ngo',
    id: `ngo-${seq}`,
    agencyCode: 'SNGV',
    action: 'update',
    version: seq,
    fields: ['nameVi'],
    by: 'sngv.editor',
  },
});

describe(StreamTail.name, () => {
  it('replays what follows a sequence it holds, and nothing when part of the gap is gone', () => {
    const tail = new StreamTail('AID', 'aid.record.changed');
    tail.coveredFrom = 11;
    for (const seq of [12, 15, 16, 20]) tail.append(change(seq), 3);
    // 12 was evicted: from 13 on everything is held.
    expect(tail.coveredFrom).toBe(13);
    expect(tail.since(15)?.map((e) => e.seq)).toEqual([16, 20]);
    expect(tail.since(12)?.map((e) => e.seq)).toEqual([15, 16, 20]);
    expect(tail.since(11)).toBeUndefined();
    expect(tail.head).toBe(20);
  });
});

describe(deliverySequences.name, () => {
  it('reads the stream and consumer sequences of both reply subject forms', () => {
    expect(deliverySequences('$JS.ACK.AID.c1.1.42.7.1700000000000000000.0')).toEqual({ seq: 42, dseq: 7 });
    expect(deliverySequences('$JS.ACK.dom.hash.AID.c1.1.42.7.1700000000000000000.0.rnd')).toEqual({
      seq: 42,
      dseq: 7,
    });
    expect(deliverySequences(undefined)).toBeUndefined();
    expect(deliverySequences('_INBOX.x')).toBeUndefined();
  });
});

describe('live cursor', () => {
  it('round-trips and ignores what is not a stream sequence', () => {
    expect(parseLiveCursor(formatLiveCursor({ TRAINING: 3, AID: 12 }))).toEqual({ AID: 12, TRAINING: 3 });
    expect(parseLiveCursor('AID:4,x,BUDGET:-1,CULTURE:9')).toEqual({ AID: 4, CULTURE: 9 });
    expect(parseLiveCursor(undefined)).toEqual({});
  });
});

describe(maysee.name, () => {
  it('applies the lists’ rule: the kind’s read permission on the record’s agency', () => {
    const { change: ngo } = change(1);
    expect(maysee({ roles: ['viewer'], agencyCode: 'SNGV' }, ngo)).toBe(true);
    expect(maysee({ roles: ['viewer'], agencyCode: 'SNV' }, ngo)).toBe(false);
    expect(maysee({ roles: ['plan-coordinator'], agencyCode: 'SLDTBXH' }, ngo)).toBe(true);
    for (const kind of Object.keys(LIVE_KINDS) as (keyof typeof LIVE_KINDS)[])
      expect(maysee({ roles: ['editor'], agencyCode: 'STC' }, { ...ngo, kind, agencyCode: 'STC' })).toBe(
        authorizeRecord(LIVE_KINDS[kind].permission, { roles: ['editor'], agencyCode: 'STC' }, 'STC'),
      );
  });
});
