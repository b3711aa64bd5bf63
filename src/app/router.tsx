import {
  createRootRoute,
  createRoute,
  createRouter,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import {
  coverageSearch,
  directorySearch,
  findSearch,
  invitationSearch,
  mapSearch,
  parseSearch,
  stringifySearch,
} from '../lib/search-params';
import { loadJourneyTexts } from '../lib/i18n';
import { RouteError } from './route-error';
import { Shell } from './shell';

// One route per journey, each with its search parameters checked by zod and its components
// loaded with it (the map and the shell are shared). Paths and parameters are those of earlier
// versions, so every link people saved still opens the same view.

/** A journey's route module, once its texts are there too (they load side by side). */
const withTexts = <M extends { Route: unknown }>(module: Promise<M>) =>
  Promise.all([module, loadJourneyTexts()]).then(([m]) => m.Route as M['Route']);

const rootRoute = createRootRoute({ component: Shell });

const findRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: findSearch,
}).lazy(() => withTexts(import('./routes/find')));

const coverageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dekking',
  validateSearch: coverageSearch,
}).lazy(() => withTexts(import('./routes/coverage')));

const partnershipsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verbanden',
  validateSearch: directorySearch,
}).lazy(() => withTexts(import('./routes/partnerships')));

const partnershipRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verbanden/$id',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/partnership')));

// The directory's earlier address: links people saved open the directory, same province.
const oldPartnershipsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/samenwerkingsverbanden',
  validateSearch: mapSearch,
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/verbanden', search, replace: true });
  },
});

const ambassadorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ambassadeurs',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/ambassadors')));

const knowledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kennis',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/knowledge')));

const knowledgePageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kennis/$slug',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/knowledge-page')));

const questionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kennis/vragen/$id',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/question')));

const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kennis/bijeenkomsten/$id',
  validateSearch: mapSearch,
}).lazy(() => withTexts(import('./routes/event')));

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/uitnodiging',
  validateSearch: invitationSearch,
}).lazy(() => withTexts(import('./routes/invitation')));

// An unknown path (an old bookmark, a typo) opens the start page, keeping what the map showed.
const unknownRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$',
  validateSearch: mapSearch,
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/', search, replace: true });
  },
});

const routeTree = rootRoute.addChildren([
  findRoute,
  coverageRoute,
  partnershipsRoute,
  partnershipRoute,
  oldPartnershipsRoute,
  ambassadorsRoute,
  knowledgeRoute,
  knowledgePageRoute,
  questionRoute,
  eventRoute,
  invitationRoute,
  unknownRoute,
]);

/** The app's router; the build's prerender gives it a memory history of the start page. */
export const createAppRouter = (history?: RouterHistory) =>
  createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    defaultErrorComponent: RouteError,
    ...(history ? { history } : {}),
  });

export const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
