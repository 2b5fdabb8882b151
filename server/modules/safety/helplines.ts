/**
 * Verified helplines shown when the crisis detector fires. Defaults cover the US, the UK and
 * Ireland, with findahelpline.com (an international directory) for everyone else.
 */
export interface Helpline {
  name: string;
  contact: string;
  url: string;
  /** ISO 3166 country codes it serves; empty means anywhere. */
  countries: string[];
}

export const defaultHelplines: readonly Helpline[] = [
  { name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988', url: 'https://988lifeline.org', countries: ['US'] },
  { name: 'Samaritans', contact: 'Call 116 123 (free, 24/7)', url: 'https://www.samaritans.org', countries: ['GB', 'IE'] },
  { name: 'Find a Helpline', contact: 'Free, confidential support in your country', url: 'https://findahelpline.com', countries: [] },
];

/** The region of a request's preferred language ("en-GB" → "GB"), as a hint when no country is known. */
export function countryFromAcceptLanguage(header: string | undefined): string | undefined {
  const match = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(header?.split(',')[0]?.trim() ?? '');
  return match?.[1]?.toUpperCase();
}

/** Helplines for a country first, then the ones that serve anywhere. */
export function helplinesFor(country: string | undefined, helplines: readonly Helpline[] = defaultHelplines): Helpline[] {
  const local = country ? helplines.filter((line) => line.countries.includes(country)) : [];
  return [...local, ...helplines.filter((line) => line.countries.length === 0)];
}
