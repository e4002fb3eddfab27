import { Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { PreparedArchive } from '../archive/prepare-archive.ts';
import type { ManifestSummary } from '../archive/inspect-archive.ts';
import { TextChip } from '../../../components/text-chip.tsx';

/** What the console read from the chosen zip or folder, before anything is uploaded. */
export function ArchiveSummary({
  archive,
  manifest,
}: {
  archive: PreparedArchive;
  manifest: ManifestSummary | null;
}) {
  const fileCount = archive.check.kind === 'invalid' ? null : archive.check.fileCount;
  return (
    <Table size="small" aria-label="Plugin to install">
      <TableBody>
        {manifest && (
          <>
            <Row label="Name">{manifest.name}</Row>
            <Row label="Version">{manifest.version ?? 'Not given'}</Row>
            {manifest.description && <Row label="Description">{manifest.description}</Row>}
            <Row label="FiftyOne version">{manifest.fiftyoneVersion ?? 'Any'}</Row>
            <Row label={`Operators (${manifest.operators.length})`}>
              <Names names={manifest.operators} none="None declared" />
            </Row>
            {manifest.secrets.length > 0 && (
              <Row label="Secrets it uses">
                <Names names={manifest.secrets} none="" />
              </Row>
            )}
          </>
        )}
        <Row label="Archive">
          {archive.fileName}
          {fileCount !== null && ` · ${fileCount} file${fileCount === 1 ? '' : 's'}`} ·{' '}
          {formatBytes(archive.bytes.length)}
        </Row>
        {archive.folder && archive.folder.leftOutFiles > 0 && (
          <Row label="Left out">
            <Typography variant="body2" component="span">
              {archive.folder.leftOut.join(', ')} ({archive.folder.leftOutFiles} file
              {archive.folder.leftOutFiles === 1 ? '' : 's'})
            </Typography>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ width: 170, color: 'text.secondary' }}>
        {label}
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
}

function Names({ names, none }: { names: string[]; none: string }) {
  if (names.length === 0) return <>{none}</>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {names.map((name) => (
        <TextChip key={name} size="small" label={name} variant="outlined" />
      ))}
    </Stack>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
