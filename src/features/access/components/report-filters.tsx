import { Autocomplete, Button, MenuItem, Stack, TextField } from '@mui/material';
import { SearchToolbar } from '../../../components/search-toolbar.tsx';
import { GRANT_LEVELS } from '../../datasets/lib/access-rules.ts';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import type { ReportParams } from '../lib/report-params.ts';
import { GroupFilter } from './group-filter.tsx';

/** Which datasets, which people, which level; and the quick views. */
export function ReportFilters({
  params,
  admin,
  datasets,
  onChange,
}: {
  params: ReportParams;
  admin: boolean;
  /** The names of the datasets the viewer can report on. */
  datasets: readonly string[];
  onChange: (next: Partial<ReportParams>) => void;
}) {
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Autocomplete
        multiple
        options={datasets}
        value={params.datasets}
        onChange={(_event, names) => onChange({ datasets: names, dpage: 1, page: 1 })}
        size="small"
        renderInput={(input) => (
          <TextField
            {...input}
            label="Datasets"
            placeholder={params.datasets.length === 0 ? 'All datasets you manage' : undefined}
          />
        )}
      />
      {params.person === '' && (
        <SearchToolbar
          label="Search people"
          placeholder="Name or e-mail"
          value={params.q}
          onSearch={(q) => onChange({ q, page: 1 })}
          rowFrom="md"
        >
          <GroupFilter
            admin={admin}
            value={params.group}
            onChange={(group) => onChange({ group, page: 1 })}
          />
          <TextField
            select
            label="Access level"
            size="small"
            value={params.level ?? ''}
            onChange={(event) =>
              onChange({
                level: GRANT_LEVELS.find((level) => level === event.target.value) ?? null,
                page: 1,
              })
            }
            sx={{ minWidth: 190 }}
          >
            <MenuItem value="">Any access</MenuItem>
            {GRANT_LEVELS.map((level) => (
              <MenuItem key={level} value={level}>
                {level === 'MANAGE' ? 'Can manage' : `${PERMISSION_LABELS[level]} or more`}
              </MenuItem>
            ))}
          </TextField>
        </SearchToolbar>
      )}
      {params.person === '' && (
        <Stack direction="row" spacing={1}>
          <Button
            variant="text"
            onClick={() =>
              onChange({ level: 'MANAGE', datasets: [], q: '', group: '', page: 1, dpage: 1 })
            }
          >
            Everyone with Can manage anywhere
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
