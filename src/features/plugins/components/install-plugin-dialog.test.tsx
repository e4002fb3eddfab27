import { screen, within } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as PluginDetailPage } from '../routes/plugin-detail-page.tsx';

const NAME = '@acme/data-quality';

/** A zip of @acme/data-quality at `version` (the seed has 1.2.0 installed). */
function dataQualityZip(version: string): File {
  const manifest = [
    `name: "${NAME}"`,
    `version: "${version}"`,
    'description: Finds duplicates',
    'operators:',
    '  - find_duplicates',
    '',
  ].join('\n');
  const bytes = zipSync({
    'data-quality/fiftyone.yml': strToU8(manifest),
    'data-quality/__init__.py': strToU8('def register(p):\n    pass\n'),
  });
  return new File([bytes], `data-quality-${version}.zip`, { type: 'application/zip' });
}

async function chooseVersion(version: string) {
  const rendered = renderWithProviders(<PluginDetailPage />, {
    path: `/plugins/${encodeURIComponent(NAME)}`,
    routePath: '/plugins/:pluginName',
  });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Upgrade' }));
  const dialog = await screen.findByRole('dialog');
  await user.upload(within(dialog).getByLabelText('Plugin zip file'), dataQualityZip(version));
  await within(dialog).findByRole('button', { name: 'Choose another' });
  return { ...rendered, dialog };
}

describe('Installing over an installed plugin', () => {
  it('calls an older version a downgrade, and offers to install it only as one', async () => {
    const { dialog } = await chooseVersion('1.1.0');
    expect(dialog).toHaveAccessibleName(`Downgrade ${NAME}`);
    expect(dialog).toHaveTextContent(
      'This is a downgrade: version 1.1.0 is older than the installed version 1.2.0.',
    );
    expect(within(dialog).queryByRole('button', { name: /^Upgrade/ })).not.toBeInTheDocument();
    // Installing it is the e2e's part (jsdom cannot send the multipart upload).
    expect(within(dialog).getByRole('button', { name: 'Downgrade to 1.1.0' })).toBeEnabled();
  });

  it('calls the same version a reinstall', async () => {
    const { dialog } = await chooseVersion('1.2.0');
    expect(dialog).toHaveAccessibleName(`Reinstall ${NAME}`);
    expect(dialog).toHaveTextContent(`Version 1.2.0 of ${NAME} is already installed.`);
    expect(within(dialog).getByRole('button', { name: 'Reinstall 1.2.0' })).toBeEnabled();
  });

  it('still calls a newer version an upgrade', async () => {
    const { dialog } = await chooseVersion('1.10.0');
    expect(dialog).toHaveAccessibleName(`Upgrade ${NAME}`);
    expect(within(dialog).getByRole('button', { name: 'Upgrade to 1.10.0' })).toBeEnabled();
  });
});
