import { z } from 'zod';
/**
 * Which better-auth endpoint calls are security events, and under what name. Reads, such as
 * get-session, are not.
 */
const actions: Record<string, string> = {
  '/sign-in/email': 'auth.sign_in',
  '/two-factor/verify-totp': 'auth.second_factor',
  '/two-factor/verify-backup-code': 'auth.second_factor',
  '/sign-up/email': 'account.created',
  '/sign-out': 'auth.sign_out',
  '/change-password': 'account.password_changed',
  '/request-password-reset': 'account.password_reset_requested',
  '/reset-password': 'account.password_reset',
  '/change-email': 'account.email_changed',
  '/verify-email': 'account.email_verified',
  '/update-user': 'account.profile_updated',
  '/two-factor/enable': 'account.two_factor_enabling',
  '/two-factor/disable': 'account.two_factor_disabled',
  '/two-factor/generate-backup-codes': 'account.backup_codes_regenerated',
  '/delete-user': 'account.deleted',
};

export function authPathOf(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path.startsWith('/api/auth') ? path.slice('/api/auth'.length) : path;
}

/** The audit action for an auth endpoint, or undefined when the call is not audited. */
export function authAction(path: string): string | undefined {
  if (path.startsWith('/admin/')) return `admin.${path.slice('/admin/'.length).replace(/-/g, '_')}`;
  return actions[path];
}

/** Paths where the caller is already signed in, so the actor comes from the session. */
export function actsOnSession(path: string): boolean {
  return !['/sign-in/email', '/sign-up/email', '/request-password-reset', '/reset-password', '/verify-email'].includes(path);
}

/** Picks the one field we may keep from a request body: never the password. */
export function emailIn(body: unknown): string | undefined {
  if (!Buffer.isBuffer(body) || body.length === 0 || body.length > 64 * 1024) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { email?: unknown };
    if (typeof parsed.email !== 'string') return undefined;
    const email = parsed.email.trim().toLowerCase();
    // Only something shaped like an address: people type their password into the email box,
    // and the audit log must not keep it.
    return email.length <= 254 && z.email().safeParse(email).success ? email : undefined;
  } catch {
    return undefined;
  }
}

export function targetIn(body: unknown): string | undefined {
  if (!Buffer.isBuffer(body) || body.length === 0 || body.length > 64 * 1024) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { userId?: unknown };
    return typeof parsed.userId === 'string' ? parsed.userId.slice(0, 64) : undefined;
  } catch {
    return undefined;
  }
}
