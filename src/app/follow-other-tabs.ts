import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sessionQueries } from '../features/session/api/viewer.ts';
import type { DemoControls } from './demo.ts';

/**
 * In the demo, every tab shows the same organization: when another tab changes it, this tab
 * asks again who you are (your role may have changed there), then reads again what it shows.
 */
export function FollowOtherTabs({
  demo,
  queryClient,
}: {
  demo: DemoControls;
  queryClient: QueryClient;
}): null {
  useEffect(
    () =>
      demo.onExternalChange(() => {
        void queryClient.refetchQueries({ queryKey: sessionQueries.all() }).then(() =>
          queryClient.invalidateQueries({
            predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0],
          }),
        );
      }),
    [demo, queryClient],
  );
  return null;
}
