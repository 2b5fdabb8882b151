import type { Auth } from './auth.ts';
import { checkNewPassword } from './password-policy.ts';

export class CreateAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreateAdminError';
  }
}

/**
 * Creates an administrator from the command line (first run on a headless server, or a lost
 * admin). The same password policy as sign-up applies.
 */
export async function createAdmin(auth: Auth, input: { email: string; name: string; password: string }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CreateAdminError('Enter a valid email address.');
  if (!input.name.trim()) throw new CreateAdminError('Enter a name.');
  const problem = checkNewPassword(input.password, { email });
  if (problem) throw new CreateAdminError(problem.message);
  try {
    const result = await auth.api.createUser({ body: { email, name: input.name.trim(), password: input.password, role: 'admin' } });
    return result.user.id;
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unknown error';
    throw new CreateAdminError(`Could not create the account: ${message}`);
  }
}
