/** "3 days, 4 hours", "2 hours, 5 minutes", "12 minutes", "45 seconds". */
export function formatUptime(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const units: Array<[number, string]> = [
    [Math.floor(seconds / 86_400), 'day'],
    [Math.floor((seconds % 86_400) / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const parts = units.filter(([value]) => value > 0).slice(0, 2);
  if (parts.length === 0) return '0 seconds';
  return parts.map(([value, unit]) => `${value} ${unit}${value === 1 ? '' : 's'}`).join(', ');
}

export function formatLatency(ms: number): string {
  if (ms < 1) return 'under 1 ms';
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function formatTime(value: number): string {
  return time.format(new Date(value));
}

export const databaseNames: Record<'sqlite' | 'postgres', string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
export const cacheNames: Record<'memory' | 'redis', string> = { memory: 'In memory', redis: 'Redis' };
