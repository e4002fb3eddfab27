import { graphql } from '../../../lib/graphql.ts';

// The Snapshots area's documents. They read what the SDK's snapshot functions read
// (fiftyone-api.md §3.13) plus the [ext] archivedAt, and send the same mutations.

export const ChangeSummaryFragment = graphql(`
  fragment ChangeSummary on SampleChangeSummary {
    numSamplesAdded
    numSamplesDeleted
    numSamplesChanged
    totalSamples
    updatedAt
  }
`);

// get_snapshot_info()'s fields. archivedAt is [ext]: the history asks for it beside these only
// when the server has it (SnapshotHistoryPublished otherwise).
export const SnapshotFieldsFragment = graphql(
  `
    fragment SnapshotFields on DatasetSnapshot {
      id
      name
      slug
      description
      createdAt
      createdBy {
        id
        name
        email
      }
      loadStatus
      linearChangeSummary {
        ...ChangeSummary
      }
    }
  `,
  [ChangeSummaryFragment],
);

// The dataset chooser: the datasets the viewer can see, with their snapshot count and newest.
export const SnapshotDatasetsQuery = graphql(`
  query SnapshotDatasets(
    $page: Int!
    $pageSize: Int!
    $search: DatasetSearchFieldsSearch
    $order: DatasetOrderFieldsOrder
  ) {
    datasetsPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
      page
      pageTotal
      nodeTotal
      nodes {
        id
        name
        createdAt
        samplesCount
        viewer {
          activePermission
        }
        snapshotsPage(pageSize: 1, order: { field: createdAt, direction: DESC }) {
          nodeTotal
          nodes {
            name
            createdAt
          }
        }
      }
    }
  }
`);

// The quick switcher's suggestions.
export const DatasetNamesQuery = graphql(`
  query SnapshotDatasetNames($first: Int!, $search: DatasetSearchFieldsSearch) {
    datasets(first: $first, search: $search, order: { field: name }) {
      id
      name
    }
  }
`);

// One dataset's whole history (list_snapshots + get_snapshot_info for each, in one request per
// page of 100) and its cached latest changes (get_dataset_latest_changes_summary).
export const SnapshotHistoryQuery = graphql(
  `
    query SnapshotHistory($dataset: String!, $first: Int!, $after: String) {
      dataset(identifier: $dataset) {
        id
        name
        samplesCount
        viewer {
          activePermission
        }
        latestChanges {
          ...ChangeSummary
        }
        snapshotsConnection(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...SnapshotFields
              archivedAt
            }
          }
        }
      }
    }
  `,
  [ChangeSummaryFragment, SnapshotFieldsFragment],
);

export const SnapshotHistoryPublishedQuery = graphql(
  `
    query SnapshotHistoryPublished($dataset: String!, $first: Int!, $after: String) {
      dataset(identifier: $dataset) {
        id
        name
        samplesCount
        viewer {
          activePermission
        }
        latestChanges {
          ...ChangeSummary
        }
        snapshotsConnection(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...SnapshotFields
            }
          }
        }
      }
    }
  `,
  [ChangeSummaryFragment, SnapshotFieldsFragment],
);

export const CreateSnapshotMutation = graphql(
  `
    mutation CreateSnapshot($dataset: String!, $snapshot: String!, $description: String) {
      createDatasetSnapshot(
        datasetIdentifier: $dataset
        snapshotName: $snapshot
        description: $description
      ) {
        ...SnapshotFields
      }
    }
  `,
  [SnapshotFieldsFragment],
);

export const DeleteSnapshotMutation = graphql(`
  mutation DeleteSnapshot($dataset: String!, $snapshot: String!) {
    deleteDatasetSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot)
  }
`);

export const RevertSnapshotMutation = graphql(`
  mutation RevertSnapshot($dataset: String!, $snapshot: String!) {
    revertDatasetToSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot) {
      id
      samplesCount
    }
  }
`);

export const ArchiveSnapshotMutation = graphql(`
  mutation ArchiveSnapshot($dataset: String!, $snapshot: String!) {
    archiveDatasetSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot) {
      id
      archivedAt
      loadStatus
    }
  }
`);

export const UnarchiveSnapshotMutation = graphql(`
  mutation UnarchiveSnapshot($dataset: String!, $snapshot: String!) {
    unarchiveDatasetSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot) {
      id
      archivedAt
      loadStatus
    }
  }
`);

export const LoadSnapshotMutation = graphql(`
  mutation LoadSnapshot($dataset: String!, $snapshot: String!) {
    loadDatasetSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot)
  }
`);

export const OffloadSnapshotMutation = graphql(`
  mutation OffloadSnapshot($dataset: String!, $snapshot: String!) {
    offloadDatasetSnapshot(datasetIdentifier: $dataset, snapshotName: $snapshot)
  }
`);

export const CalculateLatestChangesMutation = graphql(
  `
    mutation CalculateLatestChanges($dataset: String!) {
      calculateDatasetLatestChanges(datasetIdentifier: $dataset) {
        ...ChangeSummary
      }
    }
  `,
  [ChangeSummaryFragment],
);

// [ext] mock only: the demo's stand-in for editing samples in the FiftyOne app.
export const SimulateEditsMutation = graphql(`
  mutation SimulateDatasetEdits(
    $dataset: String!
    $samplesAdded: Int!
    $samplesDeleted: Int!
    $samplesChanged: Int!
  ) {
    simulateDatasetEdits(
      datasetIdentifier: $dataset
      samplesAdded: $samplesAdded
      samplesDeleted: $samplesDeleted
      samplesChanged: $samplesChanged
    ) {
      id
      samplesCount
    }
  }
`);
