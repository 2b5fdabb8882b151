import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

// Mirrors server/modules/sharing/sharing.schemas.ts.
export type ShareRole = 'viewer' | 'editor';

export interface Person {
  id: string;
  email: string;
  name: string;
}

/** Someone I share my check-ins and money with. */
export interface Grant {
  id: string;
  role: ShareRole;
  grantee: Person;
  createdAt: string;
}

/** Someone who shares their check-ins and money with me. */
export interface ReceivedGrant {
  id: string;
  role: ShareRole;
  owner: Person;
  createdAt: string;
}

export const sharingQuery = queryOptions({
  queryKey: ['sharing'],
  queryFn: ({ signal }) => api.get<{ granted: Grant[]; received: ReceivedGrant[] }>('/api/v1/sharing', { signal }),
});

export function shareWith(email: string, role: ShareRole): Promise<Grant> {
  return api.post<Grant>('/api/v1/sharing', { email, role });
}

export function changeShareRole(id: string, role: ShareRole): Promise<Grant> {
  return api.patch<Grant>(`/api/v1/sharing/${encodeURIComponent(id)}`, { role });
}

/** The owner revokes a grant, or the person it was given to leaves it. */
export function endShare(id: string): Promise<unknown> {
  return api.delete(`/api/v1/sharing/${encodeURIComponent(id)}`);
}

export const roleOptions: ReadonlyArray<{ value: ShareRole; label: string; hint: string; summary: string }> = [
  { value: 'viewer', label: 'Viewer', hint: 'Can see your check-ins and money.', summary: 'can see' },
  { value: 'editor', label: 'Editor', hint: 'Can also add and edit them.', summary: 'can also add and edit' },
];

export const roleLabels: Record<ShareRole, string> = { viewer: 'Viewer', editor: 'Editor' };

/** What a role lets someone do with another person's data, from the receiving side. */
export const receivedRoleHints: Record<ShareRole, string> = {
  viewer: 'You can see their check-ins and money.',
  editor: 'You can see, add and edit their check-ins and money.',
};
