import AddIcon from '@mui/icons-material/Add';
import { Button, Link, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { PluginUse } from '../api/usage.ts';

/** Per plugin, the secrets its manifest declares that do not exist yet, each one click away. */
export function MissingSecrets({
  missing,
  onAdd,
}: {
  missing: { plugin: PluginUse; missing: string[] }[];
  onAdd: (key: string, declaredBy: string[]) => void;
}) {
  if (missing.length === 0) return null;
  const declarers = (key: string) =>
    missing.filter((entry) => entry.missing.includes(key)).map((entry) => entry.plugin.name);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 3 }}
      component="section"
      aria-labelledby="missing-secrets"
    >
      <Typography variant="h6" component="h2" id="missing-secrets">
        Declared by plugins, not added yet
      </Typography>
      <Typography variant="body2" color="text.secondary">
        These plugins ask for secrets that do not exist: the operators that need them fail until
        they are added.
      </Typography>
      <List dense aria-label="Plugins with missing secrets">
        {missing.map(({ plugin, missing: keys }) => (
          <ListItem key={plugin.name} disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
            <Link
              component={RouterLink}
              to={paths.plugins.detail(plugin.name)}
              sx={{ minWidth: 220 }}
            >
              {plugin.name}
            </Link>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {keys.map((key) => (
                <Button
                  key={key}
                  size="small"
                  variant="outlined"
                  startIcon={<AddIcon />}
                  onClick={() => onAdd(key, declarers(key))}
                  aria-label={`Add ${key} (declared by ${plugin.name})`}
                  sx={{ fontFamily: 'monospace' }}
                >
                  {key}
                </Button>
              ))}
            </Stack>
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
