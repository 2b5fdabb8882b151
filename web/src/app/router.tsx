import { createBrowserRouter } from 'react-router';
import { ComingSoon } from '../components/ComingSoon.tsx';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { RequireSignedIn } from '../features/auth/RequireSignedIn.tsx';
import { RequireSignedOut } from '../features/auth/RequireSignedOut.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { SignUpPage } from '../features/auth/SignUpPage.tsx';
import { TwoFactorPage } from '../features/auth/TwoFactorPage.tsx';
import { VerifiedPage } from '../features/auth/VerifiedPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { StatusPage } from '../features/status/StatusPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { lazyPage } from './lazy-page.tsx';
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
              { path: 'check-ins', ...lazyPage(async () => (await import('../features/checkins/CheckInsPage.tsx')).CheckInsPage, 'Loading check-ins…') },
              { path: 'money/:view?', ...lazyPage(async () => (await import('../features/money/MoneyPage.tsx')).MoneyPage, 'Loading Money…') },
              { path: 'notifications', ...lazyPage(async () => (await import('../features/notifications/NotificationsPage.tsx')).NotificationsPage) },
              {
                path: 'companion',
                element: <ComingSoon title="Companion" description="An AI companion to talk things through. It is an AI, not a therapist." />,
              },
              { path: 'settings', ...lazyPage(async () => (await import('../features/settings/SettingsPage.tsx')).SettingsPage, 'Loading settings…') },
            ],
          },
          {
            element: <RequireSignedIn role="admin" />,
            children: [
              {
                path: 'admin',
                ...lazyPage(async () => (await import('../features/admin/AdminLayout.tsx')).AdminLayout, 'Loading the admin console…'),
                children: [
                  { index: true, ...lazyPage(async () => (await import('../features/admin/users/AdminUsersPage.tsx')).AdminUsersPage) },
                  { path: 'audit', ...lazyPage(async () => (await import('../features/admin/audit/AuditLogPage.tsx')).AuditLogPage) },
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
