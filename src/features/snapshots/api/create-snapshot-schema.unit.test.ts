import { tooLongMessage } from '../../../lib/limits.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSnapshotSchema, SNAPSHOT_NAME_MAX } from './create-snapshot-schema.ts';
import { simulateEditsSchema, toEdits } from './simulate-edits-schema.ts';

describe('createSnapshotSchema', () => {
  it('accepts exactly the trimmed, non-empty, short names the dataset does not have yet', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: SNAPSHOT_NAME_MAX + 20 }),
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }),
        fc.boolean(),
        (typed, existing, reuse) => {
          // Half the time, type one of the names that exist (with spaces around it).
          const name = reuse && existing[0] ? ` ${existing[0]} ` : typed;
          const trimmed = name.trim();
          const result = createSnapshotSchema(existing).safeParse({ name, description: '' });
          const expected =
            trimmed.length >= 1 &&
            trimmed.length <= SNAPSHOT_NAME_MAX &&
            !existing.includes(trimmed);
          expect(result.success).toBe(expected);
          if (result.success) expect(result.data.name).toBe(trimmed);
        },
      ),
    );
  });

  it('says why a name is refused', () => {
    const schema = createSnapshotSchema(['v1']);
    const messages = (name: string) =>
      schema.safeParse({ name, description: '' }).error?.issues.map((issue) => issue.message);
    expect(messages('   ')).toEqual(['Give the snapshot a name']);
    expect(messages('v1')).toEqual(['This dataset already has a snapshot named v1']);
    expect(messages('x'.repeat(SNAPSHOT_NAME_MAX + 1))).toEqual([
      tooLongMessage(SNAPSHOT_NAME_MAX),
    ]);
  });
});

describe('simulateEditsSchema', () => {
  it('accepts whole counts that a dataset of that size can take', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1200),
        fc.nat(1200),
        fc.nat(1200),
        (samples, added, deleted, changed) => {
          const form = {
            samplesAdded: String(added),
            samplesDeleted: String(deleted),
            samplesChanged: String(changed),
          };
          const result = simulateEditsSchema(samples).safeParse(form);
          const possible =
            added + deleted + changed > 0 && deleted <= samples && changed <= samples - deleted;
          expect(result.success).toBe(possible);
          if (result.success) {
            expect(toEdits(result.data)).toEqual({
              samplesAdded: added,
              samplesDeleted: deleted,
              samplesChanged: changed,
            });
          }
        },
      ),
    );
  });

  it('refuses what is not a whole number of samples', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.constant('-1'), fc.constant('1.5'), fc.constant(''), fc.string())
          .filter((text) => !/^\s*\d{1,9}\s*$/.test(text)),
        (text) => {
          const result = simulateEditsSchema(100).safeParse({
            samplesAdded: text,
            samplesDeleted: '0',
            samplesChanged: '0',
          });
          expect(result.success).toBe(false);
        },
      ),
    );
  });
});
