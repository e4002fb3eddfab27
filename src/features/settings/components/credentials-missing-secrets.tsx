import { Link, List, ListItem, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { PluginUse } from '../../secrets/api/usage.ts';
import { secretLink } from './credentials-secrets-table.tsx';

/** Per plugin, the secrets its manifest declares that nobody added, with where to add them. */
export function CredentialsMissingSecrets({
  missing,
}: {
  missing: readonly { plugin: PluginUse; missing: string[] }[];
}) {
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="credentials-missing-secrets">
      <Typography
        variant="subtitle1"
        component="h4"
        id="credentials-missing-secrets"
        sx={{ mt: 2 }}
      >
        Declared by plugins, not added
      </Typography>
      <Typography variant="body2" color="text.secondary">
        The operators that need these fail until an admin adds them on the secrets page.
      </Typography>
      <List dense aria-label="Secrets plugins declare that do not exist">
        {missing.map(({ plugin, missing: keys }) => (
          <ListItem key={plugin.name} disableGutters sx={{ flexWrap: 'wrap', gap: 2 }}>
            <Link
              component={RouterLink}
              to={paths.plugins.detail(plugin.name)}
              sx={{ minWidth: 200 }}
            >
              {plugin.name}
            </Link>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {keys.map((key) => (
                <Link
                  key={key}
                  component={RouterLink}
                  to={secretLink(key)}
                  aria-label={`Add ${key} (declared by ${plugin.name}) on the secrets page`}
                  sx={{ fontFamily: 'monospace' }}
                >
                  {key}
                </Link>
              ))}
            </Stack>
          </ListItem>
        ))}
      </List>
    </section>
  );
}
