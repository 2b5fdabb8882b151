import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from './health.ts';

export const healthRefetchSeconds = 10;

/** GET /health, refreshed every few seconds while the page is visible. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: healthRefetchSeconds * 1000,
    staleTime: 0,
  });
}
