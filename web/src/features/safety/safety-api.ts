import { api } from '../../lib/api-client.ts';

export interface Helpline {
  name: string;
  contact: string;
  url: string;
  countries: string[];
}

/** Sent with a saved entry when the crisis detector fired on it. */
export interface Support {
  level: 'concern' | 'crisis';
  message: string;
  helplines: Helpline[];
  safetyPlanPath: string;
  notice: string;
}

export interface SafetyStatus {
  supportActive: boolean;
  supportUntil: string | null;
  helplines: Helpline[];
  notice: string;
}

export const planSections = [
  { key: 'warningSigns', title: 'Warning signs', hint: 'Thoughts, feelings or situations that tell you a hard time may be starting.' },
  { key: 'copingSteps', title: 'Things I can do on my own', hint: 'Small things that help you feel calmer or take your mind off things.' },
  { key: 'peopleAndPlaces', title: 'People and places that distract me', hint: 'Where you can go, and who you can be around, for a change of scene.' },
  { key: 'peopleToAsk', title: 'People I can ask for help', hint: 'Friends or family you could call or message.' },
  { key: 'professionals', title: 'Professionals and services', hint: 'Your doctor, a therapist, a helpline, the nearest emergency department.' },
  { key: 'safeEnvironment', title: 'Making my surroundings safer', hint: 'Steps that put distance between you and things you could use to hurt yourself.' },
  { key: 'reasonsToLive', title: 'What matters to me', hint: 'People, plans and things worth staying for.' },
] as const;

export type PlanKey = (typeof planSections)[number]['key'];
export type SafetyPlan = Record<PlanKey, string[]>;
export type SafetyPlanView = SafetyPlan & { updatedAt: string | null };

export const planItemLimit = 20;
export const planItemLength = 300;

export const safetyKeys = {
  status: ['safety', 'status'] as const,
  plan: ['safety', 'plan'] as const,
};

export const getSafetyStatus = (signal?: AbortSignal) => api.get<SafetyStatus>('/api/v1/safety/status', signal ? { signal } : {});
export const getSafetyPlan = (signal?: AbortSignal) => api.get<SafetyPlanView>('/api/v1/safety/plan', signal ? { signal } : {});
export const saveSafetyPlan = (plan: SafetyPlan) => api.put<SafetyPlanView>('/api/v1/safety/plan', plan);
