import type { Actor } from '../../plugins/auth.ts';
import type { SharingRepository } from '../sharing/sharing.repository.ts';
import { authorizeOwnerAccess, type Permission } from '../sharing/sharing.policy.ts';

/**
 * Whose money a request works on: the actor's own by default, or an owner who granted them
 * `viewer` (read) or `editor` (read and write) access, a household budget for example. Anyone
 * else's id is NOT_FOUND, exactly like one that does not exist.
 */
export class MoneyAccess {
  readonly #sharing: SharingRepository;

  constructor(sharing: SharingRepository) {
    this.#sharing = sharing;
  }

  async owner(actor: Actor, ownerId: string | undefined, permission: Permission): Promise<string> {
    const owner = ownerId ?? actor.userId;
    await authorizeOwnerAccess(this.#sharing, actor.userId, owner, permission);
    return owner;
  }
}
