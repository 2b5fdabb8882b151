import { api } from '../../lib/api-client.ts';

// Mirrors server/modules/health/health.schemas.ts. Move both to common/ when shared schemas land.
export type CheckStatus = 'up' | 'down' | 'disabled';
export type OverallStatus = 'ok' | 'degraded' | 'shutting_down';

export interface HealthCheck {
  status: CheckStatus;
  latencyMs?: number;
  detail?: string;
}

export interface Health {
  status: OverallStatus;
  version: string;
  uptimeSeconds: number;
  startedAt: string;
  instanceId: string;
  database: 'sqlite' | 'postgres';
  cache: 'memory' | 'redis';
  checks: { database: HealthCheck; redis: HealthCheck };
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return api.get<Health>('/health', { signal });
}
