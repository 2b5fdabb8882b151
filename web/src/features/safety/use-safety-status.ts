import { useQuery } from '@tanstack/react-query';
import { getSafetyStatus, safetyKeys } from './safety-api.ts';

/** Whether the support panel should show (for 72 hours after a crisis signal), with helplines. */
export function useSafetyStatus({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: safetyKeys.status, queryFn: ({ signal }) => getSafetyStatus(signal), enabled });
}
