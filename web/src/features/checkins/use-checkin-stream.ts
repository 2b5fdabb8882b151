import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { checkinKeys, streamUrl } from './checkins-api.ts';

/**
 * Live updates: one EventSource per tab while signed in. Each `checkin` event (mine or shared
 * with me, from any device) refetches the check-in queries; the browser reconnects by itself.
 */
export function useCheckinStream(userId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') return;
    const source = new EventSource(streamUrl);
    const refresh = () => void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
    source.addEventListener('checkin', refresh);
    return () => {
      source.removeEventListener('checkin', refresh);
      source.close();
    };
  }, [userId, queryClient]);
}
