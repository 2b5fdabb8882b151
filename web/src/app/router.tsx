import { createBrowserRouter } from 'react-router';
import { ComingSoon } from '../components/ComingSoon.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { StatusPage } from '../features/status/StatusPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RouteError } from './RouteError.tsx';

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
            path: 'journal',
            element: <ComingSoon title="Journal" description="A private place to write, with gentle reflections on your entries. Only you can read it." />,
          },
          {
            path: 'check-ins',
            element: <ComingSoon title="Check-ins" description="Quick daily check-ins for mood and water, with trends over the weeks." />,
          },
          {
            path: 'money',
            element: <ComingSoon title="Money" description="Transactions, budgets and calm alerts, so money worries have fewer surprises." />,
          },
          {
            path: 'companion',
            element: <ComingSoon title="Companion" description="An AI companion to talk things through. It is an AI, not a therapist." />,
          },
          { path: 'status', element: <StatusPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
