import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { RequestContext } from '../admin/admin.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { SharingRepository } from './sharing.repository.ts';
import type { ShareRole } from './sharing.schemas.ts';

export class SharingService {
  readonly #repository: SharingRepository;
  readonly #audit: AuditLog;

  constructor(repository: SharingRepository, audit: AuditLog) {
    this.#repository = repository;
    this.#audit = audit;
  }

  async overview(actor: Actor) {
    const [granted, received] = await Promise.all([this.#repository.grantedBy(actor.userId), this.#repository.receivedBy(actor.userId)]);
    return { granted, received };
  }

  async grant(actor: Actor, context: RequestContext, email: string, role: ShareRole) {
    const grantee = await this.#repository.findUserByEmail(email);
    if (!grantee) throw new AppError('NOT_FOUND', 'No account on this Daybook uses that email.');
    if (grantee.id === actor.userId) throw new AppError('VALIDATION_FAILED', 'You already have access to your own data.');
    const id = await this.#repository.create(actor.userId, grantee.id, role, new Date());
    if (!id) throw new AppError('CONFLICT', 'You already share with this person. Change their role instead.');
    await this.#audit.record({ action: 'sharing.granted', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: grantee.id, detail: { role }, ...context });
    const grant = (await this.#repository.grantedBy(actor.userId)).find((g) => g.id === id);
    if (!grant) throw new AppError('NOT_FOUND');
    return grant;
  }

  async changeRole(actor: Actor, context: RequestContext, id: string, role: ShareRole) {
    if (!(await this.#repository.updateRole(actor.userId, id, role))) throw new AppError('NOT_FOUND');
    await this.#audit.record({ action: 'sharing.changed', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: id, detail: { role }, ...context });
    const grant = (await this.#repository.grantedBy(actor.userId)).find((g) => g.id === id);
    if (!grant) throw new AppError('NOT_FOUND');
    return grant;
  }

  async revoke(actor: Actor, context: RequestContext, id: string) {
    if (!(await this.#repository.delete(actor.userId, id))) throw new AppError('NOT_FOUND');
    await this.#audit.record({ action: 'sharing.revoked', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: id, ...context });
  }
}
