import { createBrowserRouter } from 'react-router';
import { ComingSoon } from '../components/ComingSoon.tsx';
import { AdminLayout } from '../features/admin/AdminLayout.tsx';
import { AuditLogPage } from '../features/admin/audit/AuditLogPage.tsx';
import { AdminUsersPage } from '../features/admin/users/AdminUsersPage.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { RequireSignedIn } from '../features/auth/RequireSignedIn.tsx';
import { RequireSignedOut } from '../features/auth/RequireSignedOut.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { SignUpPage } from '../features/auth/SignUpPage.tsx';
import { TwoFactorPage } from '../features/auth/TwoFactorPage.tsx';
import { VerifiedPage } from '../features/auth/VerifiedPage.tsx';
import { CheckInsPage } from '../features/checkins/CheckInsPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { StatusPage } from '../features/status/StatusPage.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RouteError } from './RouteError.tsx';
import { wellbeingRoutes } from './wellbeing-routes.tsx';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      {
        // Errors thrown while rendering a page show inside the layout, keeping the navigation.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            // Private pages: signed-out people are sent to /sign-in?next=… and brought back.
            element: <RequireSignedIn />,
            children: [
              ...wellbeingRoutes,
              { path: 'check-ins', element: <CheckInsPage /> },
              // Loaded on first visit: its own chunk keeps the main bundle small.
              {
                path: 'money/:view?',
                lazy: () => import('../features/money/MoneyPage.tsx').then(({ MoneyPage }) => ({ Component: MoneyPage })),
                hydrateFallbackElement: <PageLoading label="Loading Money…" />,
              },
              { path: 'notifications', element: <NotificationsPage /> },
              {
                path: 'companion',
                element: <ComingSoon title="Companion" description="An AI companion to talk things through. It is an AI, not a therapist." />,
              },
              { path: 'settings', element: <SettingsPage /> },
            ],
          },
          {
            element: <RequireSignedIn role="admin" />,
            children: [
              {
                path: 'admin',
                element: <AdminLayout />,
                children: [
                  { index: true, element: <AdminUsersPage /> },
                  { path: 'audit', element: <AuditLogPage /> },
                ],
              },
            ],
          },
          {
            // Signing in and creating accounts: someone already signed in goes straight on.
            element: <RequireSignedOut />,
            children: [
              { path: 'welcome', element: <SignUpPage firstRun /> },
              { path: 'sign-up', element: <SignUpPage /> },
              { path: 'sign-in', element: <SignInPage /> },
              { path: 'sign-in/two-factor', element: <TwoFactorPage /> },
              { path: 'forgot-password', element: <ForgotPasswordPage /> },
            ],
          },
          // Reached from mails: they work whether or not someone is signed in on this browser.
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verified', element: <VerifiedPage /> },
          { path: 'status', element: <StatusPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
