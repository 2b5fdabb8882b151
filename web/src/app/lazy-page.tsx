import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { PageLoading } from '../components/PageLoading.tsx';

/**
 * A route whose page is fetched on first visit, in its own chunk: the first load carries only the
 * shell, home and sign-in, and a page's code (charts, QR codes, the admin console) comes when used.
 */
export function lazyPage(load: () => Promise<ComponentType>, label = 'Loading…'): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  return {
    lazy: async () => ({ Component: await load() }),
    hydrateFallbackElement: <PageLoading label={label} />,
  };
}
