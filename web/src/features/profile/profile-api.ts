import { api } from '../../lib/api-client.ts';

export const ageRanges = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const concernOptions = ['stress', 'anxiety', 'low mood', 'sleep', 'grief', 'relationships', 'work', 'money', 'health', 'loneliness'] as const;

export type AgeRange = (typeof ageRanges)[number];
export type Concern = (typeof concernOptions)[number];

/** "About me": every field optional; null means not said. */
export interface Profile {
  ageRange: AgeRange | null;
  gender: string | null;
  country: string | null;
  locale: string | null;
  concerns: Concern[];
  otherConcerns: string | null;
  coachingConsent: boolean;
}

export type ProfileView = Profile & { updatedAt: string | null };

export const profileKey = ['profile'] as const;
const path = '/api/v1/profile';

export const getProfile = (signal?: AbortSignal) => api.get<ProfileView>(path, signal ? { signal } : {});
export const saveProfile = (profile: Profile) => api.put<ProfileView>(path, profile);
export const deleteProfile = () => api.delete<void>(path);
