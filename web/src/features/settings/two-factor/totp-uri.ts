/** The base32 secret inside an otpauth:// URI, for people who type it into their app. */
export function secretFromUri(uri: string): string | undefined {
  try {
    return new URL(uri).searchParams.get('secret') ?? undefined;
  } catch {
    return undefined;
  }
}

/** "JBSW Y3DP EHPK 3PXP": groups of four are easier to read and type. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}
