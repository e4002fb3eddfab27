import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DAY_MS, isoMicro } from '../../../mocks/engine/time.ts';
import { mockEngine } from '../../../mocks/node.ts';
import { renderWithProviders } from '../../../tests/render.tsx';
import { sessionQueries } from '../../features/session/api/viewer.ts';
import { ServerNotificationsBanner } from './server-notifications-banner.tsx';

function licenceEndsIn(days: number): void {
  mockEngine.store.licenceEndsAt = isoMicro(Date.now() + days * DAY_MS);
}

describe('Server notifications banner', () => {
  it('shows an admin the licence expiry and the seat overrun in the server’s words', async () => {
    licenceEndsIn(10);
    mockEngine.store.licence.guests = 0;
    renderWithProviders(<ServerNotificationsBanner />);
    const notices = await screen.findByRole('region', { name: 'Notices from the server' });
    const [seats, licence] = within(notices).getAllByRole('status');
    expect(seats).toHaveTextContent('Your organization uses more seats than its licence allows');
    expect(seats).toHaveTextContent(
      /guest seats: \d+ in use \(people and pending invitations\), 0 licensed/,
    );
    expect(licence).toHaveTextContent(/Your FiftyOne Enterprise licence ends in 10 days/);
    expect(licence).toHaveTextContent('Contact your FiftyOne account team to renew it.');
  });

  it('says the licence has ended once it has', async () => {
    licenceEndsIn(-1);
    renderWithProviders(<ServerNotificationsBanner />);
    expect(
      await screen.findByText(/Your FiftyOne Enterprise licence ended on/),
    ).toBeInTheDocument();
  });

  it('shows nothing to a member, nor while all is well', async () => {
    licenceEndsIn(-1);
    const { queryClient } = renderWithProviders(<ServerNotificationsBanner />, { as: 'member' });
    await expect
      .poll(() => queryClient.getQueryData(sessionQueries.serverStatus().queryKey))
      .toBeDefined();
    expect(
      screen.queryByRole('region', { name: 'Notices from the server' }),
    ).not.toBeInTheDocument();
  });
});

describe('Against a server without notifications or feature flags', () => {
  it('still signs in, with no notices and invitations taken as on', async () => {
    mockEngine.setScenario('older-server');
    licenceEndsIn(-1);
    const { queryClient } = renderWithProviders(<ServerNotificationsBanner />);
    await expect
      .poll(() => queryClient.getQueryData(sessionQueries.serverStatus().queryKey))
      .toEqual({ featureFlag: null, notifications: [] });
    expect(queryClient.getQueryData(sessionQueries.viewer().queryKey)?.role).toBe('ADMIN');
    expect(
      screen.queryByRole('region', { name: 'Notices from the server' }),
    ).not.toBeInTheDocument();
  });
});
