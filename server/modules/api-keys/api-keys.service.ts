import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import { toDate } from '../../lib/time.ts';
import type { Actor } from '../../plugins/auth.ts';
import type { RequestContext } from '../admin/admin.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { ApiKeyRepository } from './api-keys.repository.ts';
import type { ApiKeyScope } from './api-keys.schemas.ts';

/** Personal API keys look like `dbk_<43 url-safe characters>` (256 random bits). */
export const apiKeyPrefix = 'dbk_';
const maxKeysPerAccount = 25;
/** last-used is written at most this often per key, so heavy use does not mean a write per request. */
const touchIntervalMs = 60_000;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(apiKeyPrefix);
}

export interface ApiKeyIdentity {
  keyId: string;
  userId: string;
  email: string;
  role: 'admin' | 'user';
  scopes: ApiKeyScope[];
}

export class ApiKeyService {
  readonly #repository: ApiKeyRepository;
  readonly #audit: AuditLog;

  constructor(repository: ApiKeyRepository, audit: AuditLog) {
    this.#repository = repository;
    this.#audit = audit;
  }

  list(actor: Actor) {
    return this.#repository.list(actor.userId);
  }

  async create(actor: Actor, context: RequestContext, input: { name: string; scopes: ApiKeyScope[]; expiresInDays?: number | undefined }) {
    if ((await this.#repository.countFor(actor.userId)) >= maxKeysPerAccount) {
      throw new AppError('CONFLICT', `An account can have at most ${maxKeysPerAccount} API keys. Revoke one first.`);
    }
    const key = apiKeyPrefix + randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
    const scopes = [...new Set(input.scopes)];
    const created = await this.#repository.create(
      { userId: actor.userId, name: input.name, start: key.slice(0, apiKeyPrefix.length + 6), keyHash: hashApiKey(key), scopes, expiresAt },
      now,
    );
    await this.#audit.record({ action: 'account.api_key_created', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: created.id, detail: { scopes: scopes.join(',') }, ...context });
    return { ...created, key };
  }

  async revoke(actor: Actor, context: RequestContext, id: string) {
    if (!(await this.#repository.delete(actor.userId, id))) throw new AppError('NOT_FOUND');
    await this.#audit.record({ action: 'account.api_key_revoked', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: id, ...context });
  }

  /** The identity behind a presented key, or undefined for an unknown, expired or disabled one. */
  async authenticate(key: string, now: Date): Promise<ApiKeyIdentity | undefined> {
    const row = await this.#repository.findByHash(hashApiKey(key));
    if (!row || row.banned) return undefined;
    if (row.expires_at && toDate(row.expires_at) <= now) return undefined;
    if (!row.last_used_at || now.getTime() - toDate(row.last_used_at).getTime() > touchIntervalMs) await this.#repository.touch(row.id, now);
    return {
      keyId: row.id,
      userId: row.userId,
      email: row.email,
      role: row.role === 'admin' ? 'admin' : 'user',
      scopes: JSON.parse(row.scopes) as ApiKeyScope[],
    };
  }
}
