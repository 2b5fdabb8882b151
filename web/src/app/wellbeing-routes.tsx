import type { RouteObject } from 'react-router';
import { InsightsPage } from '../features/insights/InsightsPage.tsx';
import { EntryPage } from '../features/journal/EntryPage.tsx';
import { JournalEditorPage } from '../features/journal/JournalEditorPage.tsx';
import { JournalListPage } from '../features/journal/JournalListPage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { SafetyPlanPage } from '../features/safety/SafetyPlanPage.tsx';

/** The journal, its insights, "About me" and the safety plan: private pages, for signed-in people. */
export const wellbeingRoutes: RouteObject[] = [
  { path: 'journal', element: <JournalListPage /> },
  { path: 'journal/new', element: <JournalEditorPage /> },
  { path: 'journal/:id', element: <EntryPage /> },
  { path: 'journal/:id/edit', element: <JournalEditorPage /> },
  { path: 'insights', element: <InsightsPage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'safety-plan', element: <SafetyPlanPage /> },
];
