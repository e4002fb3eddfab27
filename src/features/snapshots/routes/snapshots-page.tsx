import { useParams } from 'react-router';
import { ChooseDatasetView } from '../components/choose-dataset-view.tsx';
import { DatasetHistoryView } from '../components/dataset-history-view.tsx';

// /snapshots, /snapshots/<dataset> and /snapshots/<dataset>/<snapshot>: one route module, so a
// deep link to a snapshot opens its dataset's history with the snapshot's details.
export function Component() {
  const { datasetName, snapshotName } = useParams();
  if (!datasetName) return <ChooseDatasetView />;
  return (
    // A new dataset starts from a fresh view (its own dialogs, search box and focus).
    <DatasetHistoryView
      key={datasetName}
      datasetName={datasetName}
      snapshotName={snapshotName ?? null}
    />
  );
}
