/**
 * "Firefox on Windows", "Safari on iPhone": a browser's User-Agent in plain words. Only a rough
 * guide (any program can send any User-Agent), enough to tell one's own devices apart.
 */

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const browsers: ReadonlyArray<[RegExp, string]> = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\b(Headless)?Chrom(e|ium)\/|\bCriOS\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const systems: ReadonlyArray<[RegExp, string]> = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

// Programs rather than browsers: scripts and command-line tools.
const programs: ReadonlyArray<[RegExp, string]> = [
  [/^curl\//i, 'curl (command line)'],
  [/^Wget\//i, 'Wget (command line)'],
  [/^(node|undici)\b/i, 'A Node.js script'],
  [/^python-requests\/|^Python-urllib\//i, 'A Python script'],
];

function first(list: ReadonlyArray<[RegExp, string]>, text: string): string | undefined {
  return list.find(([pattern]) => pattern.test(text))?.[1];
}

export function describeUserAgent(userAgent: string | null): string {
  const text = userAgent?.trim() ?? '';
  if (!text) return 'Unknown device';
  const program = first(programs, text);
  if (program) return program;
  const browser = first(browsers, text);
  const system = first(systems, text);
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return 'Unknown device';
}
