import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { prepareFolder, prepareZip, type PreparedArchive } from '../archive/prepare-archive.ts';

/**
 * Where a plugin comes from: a .zip dropped here or chosen, or a folder chosen (the browser
 * zips it). The buttons are the keyboard's way in; dropping is a shortcut.
 */
export function ArchivePicker({
  disabled,
  onZip,
  onProblem,
}: {
  disabled: boolean;
  onZip: (read: Promise<PreparedArchive>) => void;
  onProblem: (message: string) => void;
}) {
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const item = event.dataTransfer.items[0];
    if (item?.webkitGetAsEntry()?.isDirectory) {
      onProblem('To install a folder, use “Choose folder”: the browser zips it for you.');
      return;
    }
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (event.dataTransfer.files.length > 1) {
      onProblem('Drop one .zip at a time.');
      return;
    }
    onZip(prepareZip(file));
  };

  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        borderRadius: 2,
        p: 3,
        textAlign: 'center',
        bgcolor: over ? 'action.hover' : 'transparent',
      }}
    >
      <Typography sx={{ mb: 2 }}>
        Drop a plugin <strong>.zip</strong> here, or choose one. A plugin is a directory with a{' '}
        <code>fiftyone.yml</code>; a folder you choose is zipped without <code>.git</code>,{' '}
        <code>__pycache__</code>, <code>node_modules</code>, <code>venv</code> and the like.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'center' }}>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={disabled}
        >
          Choose .zip
          <input
            type="file"
            hidden
            accept=".zip,application/zip,application/x-zip-compressed"
            aria-label="Plugin zip file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onZip(prepareZip(file));
            }}
          />
        </Button>
        <Button
          component="label"
          variant="outlined"
          startIcon={<FolderOpenIcon />}
          disabled={disabled}
        >
          Choose folder
          <input
            type="file"
            hidden
            multiple
            aria-label="Plugin folder"
            // React has no prop for it: the attribute makes the picker choose a directory.
            ref={(input) => input?.setAttribute('webkitdirectory', '')}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) onZip(prepareFolder(files));
            }}
          />
        </Button>
      </Stack>
    </Box>
  );
}
