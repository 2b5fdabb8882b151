import { api } from '../../lib/api-client.ts';

/** better-auth's endpoints for signing in and out, registering and recovering an account. */

export interface SignInInput {
  email: string;
  password: string;
  rememberMe: boolean;
}

/** Either signed in, or a second factor is needed first. */
export type SignInResult = { twoFactorRedirect: true } | { twoFactorRedirect?: false; token: string | null };

export function signIn(input: SignInInput): Promise<SignInResult> {
  return api.post<SignInResult>('/api/auth/sign-in/email', input);
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/** `token` is null when the server wants the email confirmed before the first sign-in. */
export interface SignUpResult {
  token: string | null;
}

export function signUp(input: SignUpInput, invite: string | undefined): Promise<SignUpResult> {
  return api.post<SignUpResult>(
    '/api/auth/sign-up/email',
    { ...input, callbackURL: verifiedPath },
    { headers: invite ? { 'x-daybook-invite': invite } : {} },
  );
}

export function signOut(): Promise<unknown> {
  return api.post('/api/auth/sign-out', {});
}

export function verifyTotp(code: string): Promise<unknown> {
  return api.post('/api/auth/two-factor/verify-totp', { code });
}

export function verifyBackupCode(code: string): Promise<unknown> {
  return api.post('/api/auth/two-factor/verify-backup-code', { code });
}

export function requestPasswordReset(email: string): Promise<unknown> {
  return api.post('/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });
}

export function resetPassword(token: string, newPassword: string): Promise<unknown> {
  return api.post('/api/auth/reset-password', { token, newPassword });
}

/** Where the link in a confirmation mail lands. */
export const verifiedPath = '/verified';

export function sendVerificationEmail(email: string): Promise<unknown> {
  return api.post('/api/auth/send-verification-email', { email, callbackURL: verifiedPath });
}
