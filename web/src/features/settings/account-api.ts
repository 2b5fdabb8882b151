import { api } from '../../lib/api-client.ts';

/** better-auth's endpoints for changing the signed-in account. */

export function updateName(name: string): Promise<unknown> {
  return api.post('/api/auth/update-user', { name });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  /** Ends every other session of this account ("Sign out my other devices"). */
  revokeOtherSessions: boolean;
}

export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return api.post('/api/auth/change-password', input);
}

/** Starts setting up an authenticator app; two-factor is on after the first code is verified. */
export interface TwoFactorEnrolment {
  totpURI: string;
  backupCodes: string[];
}

export function enableTwoFactor(password: string): Promise<TwoFactorEnrolment> {
  return api.post<TwoFactorEnrolment>('/api/auth/two-factor/enable', { password });
}

/** While signed in, this confirms the enrolment (and turns two-factor on). */
export function confirmTwoFactor(code: string): Promise<unknown> {
  return api.post('/api/auth/two-factor/verify-totp', { code });
}

export function disableTwoFactor(password: string): Promise<unknown> {
  return api.post('/api/auth/two-factor/disable', { password });
}

export function generateBackupCodes(password: string): Promise<{ backupCodes: string[] }> {
  return api.post<{ backupCodes: string[] }>('/api/auth/two-factor/generate-backup-codes', { password });
}
