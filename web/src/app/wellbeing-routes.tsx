import type { RouteObject } from 'react-router';
import { SafetyPlanPage } from '../features/safety/SafetyPlanPage.tsx';
import { lazyPage } from './lazy-page.tsx';

/** The journal, its insights, "About me" and the safety plan: private pages, for signed-in people. */
export const wellbeingRoutes: RouteObject[] = [
  { path: 'journal', ...lazyPage(async () => (await import('../features/journal/JournalListPage.tsx')).JournalListPage, 'Loading your journal…') },
  { path: 'journal/new', ...lazyPage(async () => (await import('../features/journal/JournalEditorPage.tsx')).JournalEditorPage) },
  { path: 'journal/:id', ...lazyPage(async () => (await import('../features/journal/EntryPage.tsx')).EntryPage) },
  { path: 'journal/:id/edit', ...lazyPage(async () => (await import('../features/journal/JournalEditorPage.tsx')).JournalEditorPage) },
  { path: 'insights', ...lazyPage(async () => (await import('../features/insights/InsightsPage.tsx')).InsightsPage, 'Loading insights…') },
  { path: 'profile', ...lazyPage(async () => (await import('../features/profile/ProfilePage.tsx')).ProfilePage) },
  // The safety plan is what someone in a bad moment opens: it stays in the first load, never waiting on a chunk.
  { path: 'safety-plan', element: <SafetyPlanPage /> },
];
