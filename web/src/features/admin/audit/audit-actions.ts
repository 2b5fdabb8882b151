/** The audit log's action codes in words. Unknown codes still read well: "admin.user_renamed" → "Admin: user renamed". */
const labels: Record<string, string> = {
  'auth.sign_in': 'Sign-in',
  'auth.second_factor': 'Sign-in, second step',
  'auth.sign_out': 'Sign-out',
  'auth.session_revoked': 'Session signed out',
  'auth.other_sessions_revoked': 'Other sessions signed out',
  'account.created': 'Account created',
  'account.password_changed': 'Password changed',
  'account.password_reset_requested': 'Password reset requested',
  'account.password_reset': 'Password reset',
  'account.email_changed': 'Email address changed',
  'account.email_verified': 'Email address confirmed',
  'account.profile_updated': 'Profile updated',
  'account.two_factor_enabling': 'Two-factor setup started',
  'account.two_factor_confirmed': 'Two-factor turned on',
  'account.two_factor_disabled': 'Two-factor turned off',
  'account.backup_codes_regenerated': 'Backup codes replaced',
  'account.deleted': 'Account deleted by its owner',
  'account.api_key_created': 'API key created',
  'account.api_key_revoked': 'API key revoked',
  'sharing.granted': 'Sharing started',
  'sharing.changed': 'Sharing role changed',
  'sharing.revoked': 'Sharing ended',
  'access.denied': 'Access denied',
  'admin.invite_created': 'Invitation created',
  'admin.role_changed': 'Role changed by an admin',
  'admin.user_disabled': 'Account disabled by an admin',
  'admin.user_enabled': 'Account enabled by an admin',
  'admin.password_reset_forced': 'Password reset forced by an admin',
  'admin.user_deleted': 'Account deleted by an admin',
};

export const knownActions: ReadonlyArray<{ code: string; label: string }> = Object.entries(labels).map(([code, label]) => ({ code, label }));

export function actionLabel(code: string): string {
  const known = labels[code];
  if (known) return known;
  const [area = '', ...rest] = code.split('.');
  const words = rest.join(' ').replace(/_/g, ' ');
  return words ? `${area.charAt(0).toUpperCase()}${area.slice(1)}: ${words}` : code;
}

/**
 * The code to filter by, from what someone typed: a label from the list ("Sign-in") or a code
 * ("auth.sign_in"). Undefined when it is neither (the server matches codes exactly).
 */
export function actionCodeFor(text: string): string | undefined {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return undefined;
  const byLabel = knownActions.find((action) => action.label.toLocaleLowerCase() === wanted);
  if (byLabel) return byLabel.code;
  return /^[a-z0-9_.]{1,64}$/.test(wanted) ? wanted : undefined;
}
