import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Mailer } from '../../integrations/email/mailer.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { AuditEvent } from '../audit/audit.schemas.ts';
import { hashInviteToken } from '../auth/auth.ts';
import type { AdminRepository } from './admin.repository.ts';
import type { AdminUser, UserPatch } from './admin.schemas.ts';

const inviteLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AdminDeps {
  repository: AdminRepository;
  audit: AuditLog;
  mailer: Mailer;
  config: Config;
  /** Sends the standard reset mail (better-auth owns the token). */
  requestPasswordReset(email: string): Promise<void>;
}

/** Rules for administering accounts. Admins manage accounts but never read anyone's content. */
export class AdminService {
  readonly #deps: AdminDeps;

  constructor(deps: AdminDeps) {
    this.#deps = deps;
  }

  async #audit(actor: Actor, context: RequestContext, event: Omit<AuditEvent, 'actorId' | 'actorEmail' | 'outcome'>) {
    await this.#deps.audit.record({ ...event, outcome: 'success', actorId: actor.userId, actorEmail: actor.email, ...context });
  }

  async #target(id: string): Promise<AdminUser> {
    const user = await this.#deps.repository.findUser(id);
    if (!user) throw new AppError('NOT_FOUND', 'No such account.');
    return user;
  }

  /** An instance must always keep one active admin, or nobody could administer it again. */
  async #assertNotLastAdmin(target: AdminUser): Promise<void> {
    if (target.role === 'admin' && !target.disabled && (await this.#deps.repository.countActiveAdmins()) <= 1) {
      throw new AppError('CONFLICT', 'This is the only active administrator. Make someone else an administrator first.');
    }
  }

  async updateUser(actor: Actor, context: RequestContext, id: string, patch: UserPatch): Promise<AdminUser> {
    const target = await this.#target(id);
    if (id === actor.userId) throw new AppError('CONFLICT', 'You cannot change your own role or status here.');
    if (patch.role !== undefined && patch.role !== target.role) {
      if (patch.role === 'user') await this.#assertNotLastAdmin(target);
      await this.#deps.repository.setRole(id, patch.role);
      await this.#audit(actor, context, { action: 'admin.role_changed', targetId: id, detail: { from: target.role, to: patch.role } });
    }
    if (patch.disabled !== undefined && patch.disabled !== target.disabled) {
      if (patch.disabled) await this.#assertNotLastAdmin(target);
      await this.#deps.repository.setDisabled(id, patch.disabled);
      await this.#audit(actor, context, { action: patch.disabled ? 'admin.user_disabled' : 'admin.user_enabled', targetId: id });
    }
    return this.#target(id);
  }

  async forcePasswordReset(actor: Actor, context: RequestContext, id: string): Promise<void> {
    const target = await this.#target(id);
    if (id === actor.userId) throw new AppError('CONFLICT', 'Change your own password in Settings instead.');
    await this.#deps.repository.endSessions(id);
    await this.#deps.requestPasswordReset(target.email);
    await this.#audit(actor, context, { action: 'admin.password_reset_forced', targetId: id });
  }

  async deleteUser(actor: Actor, context: RequestContext, id: string): Promise<void> {
    const target = await this.#target(id);
    if (id === actor.userId) throw new AppError('CONFLICT', 'You cannot delete your own account here.');
    await this.#assertNotLastAdmin(target);
    await this.#deps.repository.deleteUser(id);
    await this.#audit(actor, context, { action: 'admin.user_deleted', targetId: id });
  }

  async createInvite(actor: Actor, context: RequestContext, email: string | undefined) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + inviteLifetimeMs);
    const id = await this.#deps.repository.createInvite(hashInviteToken(token), email, actor.userId, expiresAt);
    const url = new URL(`/sign-up?invite=${token}`, this.#deps.config.publicUrl).toString();
    if (email) {
      await this.#deps.mailer.send({
        to: email,
        subject: 'You are invited to Daybook',
        text: `You have been invited to a private Daybook.\n\nCreate your account within 7 days:\n${url}`,
      });
    }
    await this.#audit(actor, context, { action: 'admin.invite_created', targetId: id, detail: { emailed: Boolean(email) } });
    return { id, url, expiresAt: expiresAt.toISOString() };
  }
}
