import { describe, expect, it } from 'vitest';
import { createEngine, type MockEngine } from '../engine.ts';
import {
  buildTestStore,
  data,
  field,
  firstError,
  IDS,
  KEYS,
  TEST_NOW,
  typeDefs,
} from '../test-fixtures.ts';

// The management SDK's snapshot documents, verbatim (fiftyone/management/snapshot.py;
// fiftyone-api.md §3.13): fragment first, trailing commas, anonymous operations and all.
const SNAPSHOT_FRAGMENT = `
fragment snapshotFrag on DatasetSnapshot {
    createdAt,
    createdBy {
        email,
    }
    description,
    id,
    linearChangeSummary {
        numSamplesAdded,
        numSamplesDeleted,
        numSamplesChanged,
        totalSamples
    },
    loadStatus,
    name,
    slug,
}
`;

const CALCULATE_LATEST_CHANGES_QUERY = `
mutation ($dataset: String!) {
    calculateDatasetLatestChanges(datasetIdentifier: $dataset) {
        numSamplesAdded,
        numSamplesDeleted,
        numSamplesChanged,
        totalSamples
        updatedAt
    }
}
`;

const CREATE_SNAPSHOT_QUERY =
  SNAPSHOT_FRAGMENT +
  `
mutation ($dataset: String!, $snapshot: String!, $description: String) {
    createDatasetSnapshot(
        datasetIdentifier: $dataset,
        snapshotName: $snapshot,
        description: $description
    ) {...snapshotFrag}
}
`;

const DELETE_SNAPSHOT_QUERY = `
mutation ($dataset: String!, $snapshot: String!){
    deleteDatasetSnapshot(
        datasetIdentifier: $dataset,
        snapshotName: $snapshot,
    )
}
`;

const REVERT_SNAPSHOT_QUERY = `
mutation ($dataset: String!, $snapshot: String!){
    revertDatasetToSnapshot(
        datasetIdentifier: $dataset,
        snapshotName: $snapshot,
    ) {id}
}
`;

const GET_LATEST_CHANGES_SUMMARY_QUERY = `
query($dataset: String!) {
    dataset(identifier: $dataset) {
        latestChanges {
            numSamplesAdded,
            numSamplesDeleted,
            numSamplesChanged,
            totalSamples,
            updatedAt
        }
    }
}
`;

const GET_SNAPSHOT_INFO_QUERY =
  SNAPSHOT_FRAGMENT +
  `
    query($dataset: String!, $snapshot: String!) {
        dataset(identifier: $dataset) {
            snapshot(snapshot: $snapshot) {
                ...snapshotFrag
            }
        }
    }
    `;

const LIST_SNAPSHOTS_QUERY = `
query($dataset: String!, $after: String) {
    dataset (identifier: $dataset) {
        snapshotsConnection(first:2, after: $after) {
            pageInfo{
                hasNextPage
                endCursor
            }
            edges {
                node {
                    name
                }
            }
        }
    }
}
`;

const SIMULATE_EDITS = `mutation ($dataset: String!, $added: Int!, $deleted: Int!, $changed: Int!) {
  simulateDatasetEdits(datasetIdentifier: $dataset, samplesAdded: $added, samplesDeleted: $deleted, samplesChanged: $changed) { samplesCount }
}`;

/** The SDK's strptime format `%Y-%m-%dT%H:%M:%S.%f%z`, as the mock writes it. */
const SDK_DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;

/** An engine over the test store whose clock moves one minute per request. */
function engineWithClock(): { engine: MockEngine; clock: { now: number } } {
  const clock = { now: TEST_NOW };
  const engine = createEngine({
    typeDefs,
    store: buildTestStore(),
    now: () => (clock.now += 60_000),
  });
  return { engine, clock };
}

// `beta`: 100 samples, no snapshots; the member manages it through the Research group, the
// collaborator can edit it (the group's MANAGE capped by their role).
async function edit(engine: MockEngine, added: number, deleted: number, changed: number) {
  await data(engine, KEYS.member, SIMULATE_EDITS, { dataset: 'beta', added, deleted, changed });
}

async function create(engine: MockEngine, name: string, description: string | null = null) {
  const result = await data(engine, KEYS.member, CREATE_SNAPSHOT_QUERY, {
    dataset: 'beta',
    snapshot: name,
    description,
  });
  return field(result, 'createDatasetSnapshot');
}

async function listNames(engine: MockEngine, key: string, dataset = 'beta'): Promise<string[]> {
  // post_graphql_connectioned_request: follow endCursor while hasNextPage.
  const names: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const result = await data(engine, key, LIST_SNAPSHOTS_QUERY, { dataset, after });
    const conn = field(result, 'dataset', 'snapshotsConnection');
    const edges = field(conn, 'edges');
    if (!Array.isArray(edges)) throw new Error('no edges');
    for (const edge of edges) names.push(String(field(edge, 'node', 'name')));
    if (field(conn, 'pageInfo', 'hasNextPage') !== true) return names;
    const cursor = field(conn, 'pageInfo', 'endCursor');
    after = typeof cursor === 'string' ? cursor : null;
  }
  throw new Error('the connection never ended');
}

async function summaries(engine: MockEngine) {
  const result = await data(
    engine,
    KEYS.member,
    `{ dataset(identifier: "beta") { samplesCount snapshots(first: 100) { name linearChangeSummary { numSamplesAdded numSamplesDeleted numSamplesChanged totalSamples } } } }`,
  );
  return field(result, 'dataset');
}

/** beta with three snapshots: v1 (100), v2 (+30 −10 ~5 → 120), v3 (+5 −20 ~8 → 105), then edits. */
async function threeSnapshots(engine: MockEngine) {
  await create(engine, 'v1', 'first');
  await edit(engine, 30, 10, 5);
  await create(engine, 'v2');
  await edit(engine, 5, 20, 8);
  await create(engine, 'v3');
  await edit(engine, 7, 2, 3);
}

describe('the SDK snapshot documents', () => {
  it('create, get_snapshot_info, list_snapshots, latest changes, revert and delete answer as the SDK expects', async () => {
    const { engine } = engineWithClock();

    // get_dataset_latest_changes_summary: None before the first calculation.
    const before = await data(engine, KEYS.member, GET_LATEST_CHANGES_SUMMARY_QUERY, {
      dataset: 'beta',
    });
    expect(before).toEqual({ dataset: { latestChanges: null } });

    const created = await create(engine, 'v0.1', 'Initial dataset snapshot');
    expect(created).toEqual({
      createdAt: expect.stringMatching(SDK_DATETIME) as unknown,
      createdBy: { email: 'milo.member@acme.ai' },
      description: 'Initial dataset snapshot',
      id: expect.stringMatching(/^[0-9a-f]{24}$/) as unknown,
      // The first snapshot counts every sample as added.
      linearChangeSummary: {
        numSamplesAdded: 100,
        numSamplesDeleted: 0,
        numSamplesChanged: 0,
        totalSamples: 100,
      },
      loadStatus: 'UNLOADED',
      name: 'v0.1',
      slug: 'v0-1',
    });

    const info = await data(engine, KEYS.member, GET_SNAPSHOT_INFO_QUERY, {
      dataset: 'beta',
      snapshot: 'v0.1',
    });
    expect(field(info, 'dataset', 'snapshot')).toEqual(created);
    // An unknown snapshot is null (None), an unknown dataset is null (ValueError in the SDK).
    expect(
      await data(engine, KEYS.member, GET_SNAPSHOT_INFO_QUERY, { dataset: 'beta', snapshot: 'x' }),
    ).toEqual({ dataset: { snapshot: null } });
    expect(
      await data(engine, KEYS.member, GET_SNAPSHOT_INFO_QUERY, { dataset: 'nope', snapshot: 'x' }),
    ).toEqual({ dataset: null });

    // Creating reset latest changes to zero with a fresh timestamp in the SDK's format.
    const reset = await data(engine, KEYS.member, GET_LATEST_CHANGES_SUMMARY_QUERY, {
      dataset: 'beta',
    });
    expect(field(reset, 'dataset', 'latestChanges')).toEqual({
      numSamplesAdded: 0,
      numSamplesDeleted: 0,
      numSamplesChanged: 0,
      totalSamples: 100,
      updatedAt: field(created, 'createdAt'),
    });

    await edit(engine, 12, 3, 4);
    await create(engine, 'v0.2');
    await create(engine, 'v0.3');
    await edit(engine, 1, 0, 0);
    expect(await listNames(engine, KEYS.member)).toEqual(['v0.1', 'v0.2', 'v0.3']);

    const calculated = await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, {
      dataset: 'beta',
    });
    const summary = field(calculated, 'calculateDatasetLatestChanges');
    expect(summary).toEqual({
      numSamplesAdded: 1,
      numSamplesDeleted: 0,
      numSamplesChanged: 0,
      totalSamples: 110,
      updatedAt: expect.stringMatching(SDK_DATETIME) as unknown,
    });
    // The stored summary is what get_dataset_latest_changes_summary reads back.
    const stored = await data(engine, KEYS.member, GET_LATEST_CHANGES_SUMMARY_QUERY, {
      dataset: 'beta',
    });
    expect(field(stored, 'dataset', 'latestChanges')).toEqual(summary);

    // revert_dataset_to_snapshot selects {id}.
    const reverted = await data(engine, KEYS.member, REVERT_SNAPSHOT_QUERY, {
      dataset: 'beta',
      snapshot: 'v0.1',
    });
    expect(reverted).toEqual({ revertDatasetToSnapshot: { id: IDS.datasetBeta } });
    // The SDK's recovery check: the snapshot is now last, and latest changes are fresh zeros.
    expect(await listNames(engine, KEYS.member)).toEqual(['v0.1']);

    // delete_snapshot selects nothing (Void → null).
    const deleted = await data(engine, KEYS.member, DELETE_SNAPSHOT_QUERY, {
      dataset: 'beta',
      snapshot: 'v0.1',
    });
    expect(deleted).toEqual({ deleteDatasetSnapshot: null });
    expect(await listNames(engine, KEYS.member)).toEqual([]);
  });

  it('lists snapshots two at a time, in creation order, across many pages', async () => {
    const { engine } = engineWithClock();
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) {
      await create(engine, name);
      await edit(engine, 1, 0, 0);
    }
    expect(await listNames(engine, KEYS.member)).toEqual(names);
    // Anyone who can see the dataset can list; someone who cannot gets null (Unknown dataset).
    expect(await listNames(engine, KEYS.collaborator)).toEqual(names);
    expect(
      await data(engine, KEYS.admin, LIST_SNAPSHOTS_QUERY, { dataset: 'nope', after: null }),
    ).toEqual({ dataset: null });
  });
});

describe('timestamps', () => {
  it('writes every snapshot datetime with microseconds and +00:00', async () => {
    const { engine } = engineWithClock();
    await create(engine, 'v1');
    await edit(engine, 3, 1, 1);
    await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, { dataset: 'beta' });
    await data(
      engine,
      KEYS.member,
      'mutation { archiveDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") { name } }',
    );
    const result = await data(
      engine,
      KEYS.member,
      `{ dataset(identifier: "beta") {
        latestChanges { updatedAt }
        snapshot(snapshot: "v1") { createdAt archivedAt linearChangeSummary { updatedAt } }
      } }`,
    );
    const stamps = [
      field(result, 'dataset', 'latestChanges', 'updatedAt'),
      field(result, 'dataset', 'snapshot', 'createdAt'),
      field(result, 'dataset', 'snapshot', 'archivedAt'),
      field(result, 'dataset', 'snapshot', 'linearChangeSummary', 'updatedAt'),
    ];
    for (const stamp of stamps) expect(stamp).toMatch(SDK_DATETIME);
    // Calculating again later gives a newer updatedAt (the SDK's own example asserts it).
    const again = await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, {
      dataset: 'beta',
    });
    const newer = String(field(again, 'calculateDatasetLatestChanges', 'updatedAt'));
    expect(Date.parse(newer)).toBeGreaterThan(Date.parse(String(stamps[0])));
  });
});

describe('reverting', () => {
  it('restores the samples of the snapshot and deletes every later snapshot', async () => {
    const { engine } = engineWithClock();
    await threeSnapshots(engine);
    expect(field(await summaries(engine), 'samplesCount')).toBe(110);

    await data(engine, KEYS.member, REVERT_SNAPSHOT_QUERY, { dataset: 'beta', snapshot: 'v2' });
    expect(await summaries(engine)).toEqual({
      samplesCount: 120,
      snapshots: [
        {
          name: 'v1',
          linearChangeSummary: {
            numSamplesAdded: 100,
            numSamplesDeleted: 0,
            numSamplesChanged: 0,
            totalSamples: 100,
          },
        },
        {
          name: 'v2',
          linearChangeSummary: {
            numSamplesAdded: 30,
            numSamplesDeleted: 10,
            numSamplesChanged: 5,
            totalSamples: 120,
          },
        },
      ],
    });
    // Nothing is pending any more: the next calculation (and the reset summary) are all zero.
    const latest = await data(engine, KEYS.member, GET_LATEST_CHANGES_SUMMARY_QUERY, {
      dataset: 'beta',
    });
    expect(field(latest, 'dataset', 'latestChanges')).toMatchObject({
      numSamplesAdded: 0,
      numSamplesDeleted: 0,
      numSamplesChanged: 0,
      totalSamples: 120,
    });
    const calculated = await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, {
      dataset: 'beta',
    });
    expect(field(calculated, 'calculateDatasetLatestChanges', 'numSamplesAdded')).toBe(0);
    // A snapshot created now starts from v2.
    await edit(engine, 4, 0, 0);
    expect(field(await create(engine, 'v3'), 'linearChangeSummary')).toEqual({
      numSamplesAdded: 4,
      numSamplesDeleted: 0,
      numSamplesChanged: 0,
      totalSamples: 124,
    });
  });

  it('refuses an archived snapshot, an unknown one, and anyone without MANAGE', async () => {
    const { engine } = engineWithClock();
    await threeSnapshots(engine);
    await data(
      engine,
      KEYS.member,
      'mutation { archiveDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") { archivedAt } }',
    );
    const vars = { dataset: 'beta', snapshot: 'v1' };
    expect(await firstError(engine, KEYS.member, REVERT_SNAPSHOT_QUERY, vars)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Snapshot v1 is archived: unarchive it before reverting to it',
    });
    expect(
      await firstError(engine, KEYS.member, REVERT_SNAPSHOT_QUERY, { ...vars, snapshot: 'v9' }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Snapshot not found: v9 (in dataset beta)' });
    expect(
      await firstError(engine, KEYS.collaborator, REVERT_SNAPSHOT_QUERY, {
        ...vars,
        snapshot: 'v2',
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins and people who can manage the dataset beta can revert it to a snapshot',
    });
    expect(await listNames(engine, KEYS.member)).toEqual(['v1', 'v2', 'v3']);
    expect(field(await summaries(engine), 'samplesCount')).toBe(110);
  });
});

describe('deleting', () => {
  it("recomputes the next snapshot's summary from the one before the deleted one", async () => {
    const { engine } = engineWithClock();
    await threeSnapshots(engine);
    await data(engine, KEYS.member, DELETE_SNAPSHOT_QUERY, { dataset: 'beta', snapshot: 'v2' });
    expect(await summaries(engine)).toEqual({
      samplesCount: 110,
      snapshots: [
        {
          name: 'v1',
          linearChangeSummary: {
            numSamplesAdded: 100,
            numSamplesDeleted: 0,
            numSamplesChanged: 0,
            totalSamples: 100,
          },
        },
        {
          // v1 → v2 (+30 −10 ~5) then v2 → v3 (+5 −20 ~8), as one step: 100 + 35 − 30 = 105.
          name: 'v3',
          linearChangeSummary: {
            numSamplesAdded: 35,
            numSamplesDeleted: 30,
            numSamplesChanged: 13,
            totalSamples: 105,
          },
        },
      ],
    });
  });

  it('makes the next snapshot count every sample as added when the first one goes', async () => {
    const { engine } = engineWithClock();
    await threeSnapshots(engine);
    await data(engine, KEYS.member, DELETE_SNAPSHOT_QUERY, { dataset: 'beta', snapshot: 'v1' });
    expect(field(await summaries(engine), 'snapshots')).toEqual([
      {
        name: 'v2',
        linearChangeSummary: {
          numSamplesAdded: 120,
          numSamplesDeleted: 0,
          numSamplesChanged: 0,
          totalSamples: 120,
        },
      },
      {
        name: 'v3',
        linearChangeSummary: {
          numSamplesAdded: 5,
          numSamplesDeleted: 20,
          numSamplesChanged: 8,
          totalSamples: 105,
        },
      },
    ]);
  });

  it("folds the last snapshot's changes into the changes since the one before", async () => {
    const { engine } = engineWithClock();
    await threeSnapshots(engine);
    await data(engine, KEYS.member, DELETE_SNAPSHOT_QUERY, { dataset: 'beta', snapshot: 'v3' });
    const calculated = await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, {
      dataset: 'beta',
    });
    // v2 (120) → v3 (+5 −20 ~8) → HEAD (+7 −2 ~3): 120 + 12 − 22 = 110.
    expect(field(calculated, 'calculateDatasetLatestChanges')).toMatchObject({
      numSamplesAdded: 12,
      numSamplesDeleted: 22,
      numSamplesChanged: 11,
      totalSamples: 110,
    });
  });

  it('refuses an unknown snapshot, and people without MANAGE', async () => {
    const { engine } = engineWithClock();
    await create(engine, 'v1');
    expect(
      await firstError(engine, KEYS.member, DELETE_SNAPSHOT_QUERY, {
        dataset: 'beta',
        snapshot: 'v2',
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Snapshot not found: v2 (in dataset beta)' });
    expect(
      await firstError(engine, KEYS.collaborator, DELETE_SNAPSHOT_QUERY, {
        dataset: 'beta',
        snapshot: 'v1',
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins and people who can manage the dataset beta can delete its snapshots',
    });
    expect(await listNames(engine, KEYS.member)).toEqual(['v1']);
  });
});

describe('creating', () => {
  it('keeps names unique per dataset and refuses blank ones', async () => {
    const { engine } = engineWithClock();
    await create(engine, 'v1');
    const vars = { dataset: 'beta', snapshot: 'v1', description: null };
    expect(await firstError(engine, KEYS.member, CREATE_SNAPSHOT_QUERY, vars)).toEqual({
      code: 'CONFLICT',
      message: 'Dataset beta already has a snapshot named v1',
    });
    expect(
      await firstError(engine, KEYS.member, CREATE_SNAPSHOT_QUERY, { ...vars, snapshot: '  ' }),
    ).toEqual({ code: 'BAD_USER_INPUT', message: 'A snapshot needs a name' });
    // The same name in another dataset is fine.
    await data(engine, KEYS.admin, CREATE_SNAPSHOT_QUERY, { ...vars, dataset: 'alpha' });
    expect(await listNames(engine, KEYS.member)).toEqual(['v1']);
    expect(await listNames(engine, KEYS.admin, 'alpha')).toEqual(['v1']);
  });

  it('needs MANAGE; a dataset the caller cannot see is not found', async () => {
    const { engine } = engineWithClock();
    const vars = { dataset: 'alpha', snapshot: 'v1', description: null };
    // The member sees alpha (VIEW by default) but does not manage it.
    expect(await firstError(engine, KEYS.member, CREATE_SNAPSHOT_QUERY, vars)).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins and people who can manage the dataset alpha can create snapshots of it',
    });
    // gamma is invisible to the member: the refusal does not reveal that it exists.
    expect(
      await firstError(engine, KEYS.member, CREATE_SNAPSHOT_QUERY, { ...vars, dataset: 'gamma' }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Dataset not found: gamma' });
    expect(engine.store.snapshots).toEqual([]);
  });
});

describe('paging and order', () => {
  it('pages by cursor and by page number, oldest first or newest first', async () => {
    const { engine } = engineWithClock();
    for (const name of ['a', 'b', 'c']) await create(engine, name);
    const result = await data(
      engine,
      KEYS.member,
      `{ dataset(identifier: "beta") {
        desc: snapshotsConnection(first: 2, order: {field: createdAt, direction: DESC}) {
          pageInfo { hasNextPage hasPreviousPage } edges { node { name } }
        }
        page: snapshotsPage(pageSize: 2, page: 2) { page pageTotal nodeTotal prev next nodes { name } }
        first: snapshots(first: 1) { name }
        all: snapshots { name }
      } }`,
    );
    expect(field(result, 'dataset')).toEqual({
      desc: {
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
        edges: [{ node: { name: 'c' } }, { node: { name: 'b' } }],
      },
      page: { page: 2, pageTotal: 2, nodeTotal: 3, prev: 1, next: null, nodes: [{ name: 'c' }] },
      first: [{ name: 'a' }],
      all: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
    });
  });
});

describe('archiving, loading and simulated edits', () => {
  it('archives and unarchives (twice is harmless); an archived snapshot cannot be loaded', async () => {
    const { engine } = engineWithClock();
    await create(engine, 'v1');
    const load = 'mutation { loadDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") }';
    expect(field(await data(engine, KEYS.collaborator, load), 'loadDatasetSnapshot')).toEqual(
      expect.any(String),
    );
    const archive = `mutation { archiveDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") { archivedAt loadStatus } }`;
    const archived = field(await data(engine, KEYS.member, archive), 'archiveDatasetSnapshot');
    // Archiving unloads it for everyone browsing it.
    expect(archived).toEqual({
      archivedAt: expect.stringMatching(SDK_DATETIME) as unknown,
      loadStatus: 'UNLOADED',
    });
    expect(field(await data(engine, KEYS.member, archive), 'archiveDatasetSnapshot')).toEqual(
      archived,
    );
    expect(await firstError(engine, KEYS.member, load)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Snapshot v1 is archived: unarchive it before loading it',
    });
    expect(
      await firstError(
        engine,
        KEYS.collaborator,
        'mutation { unarchiveDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") { name } }',
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const unarchived = await data(
      engine,
      KEYS.member,
      'mutation { unarchiveDatasetSnapshot(datasetIdentifier: "beta", snapshotName: "v1") { archivedAt } }',
    );
    expect(unarchived).toEqual({ unarchiveDatasetSnapshot: { archivedAt: null } });
    await data(engine, KEYS.member, load);
    const loaded = await data(
      engine,
      KEYS.member,
      '{ dataset(identifier: "beta") { snapshot(snapshot: "v1") { loadStatus } } }',
    );
    expect(field(loaded, 'dataset', 'snapshot', 'loadStatus')).toBe('LOADED');
  });

  it('simulates edits with EDIT permission and keeps the counts possible', async () => {
    const { engine } = engineWithClock();
    await create(engine, 'v1');
    // Deleting more than the snapshot had left takes newly added samples too.
    await edit(engine, 10, 0, 0);
    await data(engine, KEYS.collaborator, SIMULATE_EDITS, {
      dataset: 'beta',
      added: 0,
      deleted: 105,
      changed: 2,
    });
    const calculated = await data(engine, KEYS.member, CALCULATE_LATEST_CHANGES_QUERY, {
      dataset: 'beta',
    });
    expect(field(calculated, 'calculateDatasetLatestChanges')).toMatchObject({
      numSamplesAdded: 5,
      numSamplesDeleted: 100,
      numSamplesChanged: 0,
      totalSamples: 5,
    });
    expect(
      await firstError(engine, KEYS.member, SIMULATE_EDITS, {
        dataset: 'beta',
        added: 0,
        deleted: 6,
        changed: 0,
      }),
    ).toEqual({ code: 'BAD_USER_INPUT', message: 'Cannot delete 6 samples: beta has 5' });
    // The member only views alpha.
    expect(
      await firstError(engine, KEYS.member, SIMULATE_EDITS, {
        dataset: 'alpha',
        added: 1,
        deleted: 0,
        changed: 0,
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Editing the samples of alpha needs edit permission on it',
    });
  });
});
