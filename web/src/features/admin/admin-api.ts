import { api } from '../../lib/api-client.ts';
import { withQuery } from '../../lib/query-string.ts';
import type { Page } from '../../lib/use-paged-query.ts';
import type { Role } from '../auth/session.ts';

// Mirrors server/modules/admin/admin.schemas.ts and audit/audit.schemas.ts.

/** Rows per "Load more". */
export const adminPageSize = 25;

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  createdAt: string;
}

export interface UserPatch {
  role?: Role;
  disabled?: boolean;
}

export interface Invite {
  id: string;
  url: string;
  expiresAt: string;
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEntry {
  id: string;
  /** ISO time, UTC. */
  at: string;
  action: string;
  outcome: AuditOutcome;
  actorId: string | null;
  actorEmail: string | null;
  targetId: string | null;
  ip: string | null;
  detail: Record<string, string | number | boolean | null> | null;
}

/** The audit log's filters as the API takes them (times as ISO strings). */
export interface AuditQuery {
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const adminKeys = {
  users: (q: string) => ['admin', 'users', q] as const,
  allUsers: ['admin', 'users'] as const,
  audit: (query: AuditQuery) => ['admin', 'audit', query] as const,
};

export function listUsers(q: string, cursor: string | undefined, signal: AbortSignal): Promise<Page<AdminUser>> {
  return api.get<Page<AdminUser>>(withQuery('/api/v1/admin/users', { q, cursor, limit: adminPageSize }), { signal });
}

export function updateUser(id: string, patch: UserPatch): Promise<AdminUser> {
  return api.patch<AdminUser>(`/api/v1/admin/users/${encodeURIComponent(id)}`, patch);
}

/** Ends the account's sessions and mails it a password reset link. */
export function forcePasswordReset(id: string): Promise<unknown> {
  return api.post(`/api/v1/admin/users/${encodeURIComponent(id)}/force-reset`);
}

export function deleteUser(id: string): Promise<unknown> {
  return api.delete(`/api/v1/admin/users/${encodeURIComponent(id)}`);
}

export function createInvite(email: string | undefined): Promise<Invite> {
  return api.post<Invite>('/api/v1/admin/invites', email ? { email } : {});
}

export function listAudit(query: AuditQuery, cursor: string | undefined, signal: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>(withQuery('/api/v1/admin/audit', { ...query, cursor, limit: adminPageSize }), { signal });
}
