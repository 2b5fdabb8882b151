import { createHash } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { admin, bearer, twoFactor } from 'better-auth/plugins';
import { adminAc, userAc } from 'better-auth/plugins/admin/access';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Mailer } from '../../integrations/email/mailer.ts';
import { AuthRepository, lockedReason } from './auth.repository.ts';
import { LoginThrottle, throttleKeys } from './login-throttle.ts';
import { checkNewPassword, passwordMaxLength } from './password-policy.ts';

/** OWASP's Argon2id profile (DESIGN.md): 19 MiB, two passes, one lane. */
export const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The header our Fastify bridge sets from request.ip (which honours TRUST_PROXY); nothing else is trusted. */
export const clientIpHeader = 'x-daybook-client-ip';
/** Invite token for REGISTRATION=invite, sent with the sign-up request. */
export const inviteHeader = 'x-daybook-invite';

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Which field of which endpoint carries a new password. */
/** RFC 5321's limit for an address in a path; names are for greeting people, not essays. */
export const maxEmailLength = 254;
export const maxNameLength = 100;

const newPasswordField: Record<string, 'password' | 'newPassword'> = {
  '/sign-up/email': 'password',
  '/admin/create-user': 'password',
  '/change-password': 'newPassword',
  '/reset-password': 'newPassword',
  '/admin/set-user-password': 'newPassword',
};

export interface AuthDeps {
  config: Config;
  db: Db;
  logger: Logger;
  mailer: Mailer;
  secret: string;
  now?: () => Date;
}

function bodyOf(ctx: { body?: unknown }): Record<string, unknown> {
  return ctx.body && typeof ctx.body === 'object' ? (ctx.body as Record<string, unknown>) : {};
}

export function createAuth({ config, db, logger, mailer, secret, now = () => new Date() }: AuthDeps) {
  const repository = new AuthRepository(db);
  const throttle = new LoginThrottle(repository, config.LOGIN_DISABLE_AFTER_FAILURES);
  const origin = config.publicUrl.origin;
  const day = 24 * 60 * 60;
  const maxSessionAgeMs = config.SESSION_MAX_AGE_DAYS * day * 1000;
  const authLogger = logger.child({ component: 'auth' });

  const clientIp = (ctx: { headers?: Headers }) => ctx.headers?.get(clientIpHeader) ?? 'unknown';

  return betterAuth({
    appName: 'Daybook',
    baseURL: origin,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [origin],
    telemetry: { enabled: false },
    // transaction: sign-up writes the user and the credential together, or neither.
    database: { db: db.kysely, type: db.dialect, transaction: true },
    logger: {
      level: 'warn',
      log: (level, message) => {
        authLogger[level]({}, message);
      },
    },
    emailAndPassword: {
      enabled: true,
      // Length is checked by code point in the before-hook; these bounds only stop absurd input.
      minPasswordLength: 1,
      maxPasswordLength: passwordMaxLength * 2,
      autoSignIn: true,
      requireEmailVerification: config.REQUIRE_EMAIL_VERIFICATION,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: {
        hash: (password) => argon2Hash(password, argon2Options),
        verify: ({ hash, password }) => argon2Verify(hash, password),
      },
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Reset your Daybook password',
          text: `Someone (hopefully you) asked to reset the password of your Daybook account.\n\nOpen this link within one hour to choose a new password:\n${url}\n\nIf it was not you, ignore this mail: your password stays as it is.`,
        });
      },
      onPasswordReset: async ({ user }) => {
        await throttle.clearAccount(user.email);
        await repository.reenableAfterReset(user.id);
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      expiresIn: day,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Confirm your email for Daybook',
          text: `Welcome to Daybook.\n\nConfirm this address by opening:\n${url}\n\nThe link works for 24 hours.`,
        });
      },
    },
    session: {
      expiresIn: config.SESSION_REMEMBER_DAYS * day,
      updateAge: day,
      // Our own session routes list sessions without tokens, so freshness gating is not needed.
      freshAge: 0,
    },
    verification: { storeIdentifier: 'hashed' },
    rateLimit: { enabled: false },
    advanced: {
      // better-auth would write "__Secure-__Host-…"; an explicit __Host- prefix makes the cookie
      // library force Secure, Path=/ and no Domain. Plain-HTTP local use keeps a plain name.
      useSecureCookies: false,
      cookiePrefix: config.secureTransport ? '__Host-daybook' : 'daybook',
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      // Explicit: better-auth turns these off by default under NODE_ENV=test.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    disabledPaths: [
      '/sign-in/social',
      '/link-social',
      '/unlink-account',
      '/refresh-token',
      '/get-access-token',
      '/account-info',
      '/update-session',
      '/admin/impersonate-user',
      '/admin/stop-impersonating',
      '/two-factor/send-otp',
      '/two-factor/verify-otp',
    ],
    databaseHooks: {
      session: {
        update: {
          // No session outlives SESSION_MAX_AGE_DAYS, however often it is refreshed.
          before: async (data, ctx) => {
            const createdAt = ctx?.context.session?.session.createdAt;
            const expiresAt = data.expiresAt instanceof Date ? data.expiresAt : undefined;
            if (!createdAt || !expiresAt) return { data };
            const cap = new Date(new Date(createdAt).getTime() + maxSessionAgeMs);
            return { data: expiresAt > cap ? { ...data, expiresAt: cap } : data };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = bodyOf(ctx);
        // Bounds before anything reaches the database: a 5,000-character email overflowed
        // PostgreSQL's index on the sign-in throttle (a 500) and was stored as-is on SQLite.
        if (typeof body.email === 'string' && [...body.email].length > maxEmailLength) {
          throw new APIError('BAD_REQUEST', { code: 'INVALID_EMAIL', message: `An email address has at most ${maxEmailLength} characters.` });
        }
        if (typeof body.name === 'string' && [...body.name.trim()].length > maxNameLength) {
          throw new APIError('BAD_REQUEST', { code: 'NAME_TOO_LONG', message: `A name has at most ${maxNameLength} characters.` });
        }
        const field = newPasswordField[ctx.path];
        if (field) {
          const problem = checkNewPassword(body[field], { email: typeof body.email === 'string' ? body.email : undefined });
          if (problem) throw new APIError('BAD_REQUEST', { code: problem.code, message: problem.message });
        }
        if (ctx.path === '/sign-up/email') await assertMayRegister(ctx.headers, body);
        if (ctx.path === '/sign-in/email' && typeof body.email === 'string') {
          const verdict = await throttle.check(throttleKeys(body.email, clientIp(ctx)), now());
          if (!verdict.allowed && verdict.reason === 'locked') {
            throw new APIError('FORBIDDEN', {
              code: 'ACCOUNT_LOCKED',
              message: 'Sign-in is locked after too many failed attempts. Reset your password by email to unlock it.',
            });
          }
          if (!verdict.allowed) {
            throw new APIError('TOO_MANY_REQUESTS', {
              code: 'SIGN_IN_THROTTLED',
              message: `Too many failed attempts. Try again in ${verdict.retryAfterSeconds} seconds.`,
            }, { 'retry-after': String(verdict.retryAfterSeconds) });
          }
        }
      }),
    },
    plugins: [
      admin({ defaultRole: 'user', adminRoles: ['admin'], roles: { admin: adminAc, user: userAc } }),
      bearer(),
      twoFactor({ issuer: 'Daybook', accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 900 } }),
      {
        id: 'daybook-policy',
        hooks: {
          after: [
            {
              matcher: (ctx) => ctx.path === '/sign-in/email' || ctx.path === '/sign-up/email',
              handler: createAuthMiddleware(async (ctx) => {
                const body = bodyOf(ctx);
                const returned = ctx.context.returned;
                const failed = returned instanceof Error;
                if (ctx.path === '/sign-up/email') {
                  const userId = ctx.context.newSession?.user.id;
                  if (!failed && userId) await afterSignUp(userId, ctx.headers);
                  return;
                }
                if (typeof body.email !== 'string') return;
                const keys = throttleKeys(body.email, clientIp(ctx));
                const status = failed ? (returned as APIError).statusCode : 200;
                if (status === 401) {
                  const { disableAccount } = await throttle.recordFailure(keys, now());
                  if (disableAccount) await disableByEmail(body.email);
                } else if (!failed) {
                  await throttle.recordSuccess(keys);
                }
              }),
            },
          ],
        },
      },
    ],
  });

  async function assertMayRegister(headers: Headers | undefined, body: Record<string, unknown>): Promise<void> {
    if ((await repository.countUsers()) === 0) return;
    if (config.REGISTRATION === 'open') return;
    if (config.REGISTRATION === 'closed') {
      throw new APIError('FORBIDDEN', { code: 'REGISTRATION_CLOSED', message: 'This Daybook is not accepting new accounts.' });
    }
    const token = headers?.get(inviteHeader);
    const invite = token ? await repository.findUsableInvite(hashInviteToken(token), now()) : undefined;
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!invite || (invite.email && invite.email !== email)) {
      throw new APIError('FORBIDDEN', { code: 'INVITE_REQUIRED', message: 'You need a valid invitation link to create an account here.' });
    }
  }

  async function afterSignUp(userId: string, headers: Headers | undefined): Promise<void> {
    if (await repository.promoteIfNoAdmin(userId)) {
      authLogger.info({ userId }, 'first account created; it is the administrator');
      return;
    }
    const token = headers?.get(inviteHeader);
    const invite = token ? await repository.findUsableInvite(hashInviteToken(token), now()) : undefined;
    if (invite) await repository.consumeInvite(invite.id, userId, now());
  }

  async function disableByEmail(email: string): Promise<void> {
    const userId = await repository.findUserIdByEmail(email.trim().toLowerCase());
    if (!userId) return;
    await repository.disableUser(userId, lockedReason);
    authLogger.warn({ userId }, 'account disabled after too many failed sign-ins');
  }
}

export type Auth = ReturnType<typeof createAuth>;
