import { AppError } from '../../lib/app-error.ts';
import type { SharingRepository } from './sharing.repository.ts';

/**
 * Who may read or change another account's check-ins and money (never journal, chat or profile).
 * Modules call `authorizeOwnerAccess` before touching data owned by `ownerId`.
 */
export type Permission = 'read' | 'write';
export type AccessLevel = 'owner' | 'editor' | 'viewer';

export function permits(level: AccessLevel, permission: Permission): boolean {
  return permission === 'read' || level !== 'viewer';
}

/**
 * Returns the actor's level on the owner's shared data. No grant at all is NOT_FOUND, exactly like
 * a missing owner, so ids reveal nothing; a viewer trying to write is FORBIDDEN.
 */
export async function authorizeOwnerAccess(
  sharing: SharingRepository,
  actorId: string,
  ownerId: string,
  permission: Permission,
): Promise<AccessLevel> {
  if (actorId === ownerId) return 'owner';
  const role = await sharing.roleOf(ownerId, actorId);
  if (!role) throw new AppError('NOT_FOUND');
  if (!permits(role, permission)) throw new AppError('FORBIDDEN', 'You can view this, but not change it.');
  return role;
}

/**
 * For a row the actor can already see (theirs, or shared with them): changing it needs ownership
 * or an editor grant from its owner.
 */
export async function assertCanChange(sharing: SharingRepository, actorId: string, rowOwnerId: string): Promise<void> {
  if (rowOwnerId === actorId) return;
  const role = await sharing.roleOf(rowOwnerId, actorId);
  if (!role || !permits(role, 'write')) throw new AppError('FORBIDDEN', 'You can view this, but not change it.');
}
