/** Every TanStack Query key of the app, hierarchical, in one place. */
export const queryKeys = {
  geo: {
    all: ['geo'] as const,
    provinces: () => [...queryKeys.geo.all, 'provinces'] as const,
  },
  /** Everything read from the database, per identity: switching persona or user refetches. */
  db: {
    all: (identity: string) => ['db', identity] as const,
    coverage: (identity: string, asOf: string | null) =>
      [...queryKeys.db.all(identity), 'coverage', { asOf }] as const,
    partnerships: (identity: string) => [...queryKeys.db.all(identity), 'partnerships'] as const,
    sites: (identity: string) => [...queryKeys.db.all(identity), 'sites'] as const,
    organisation: (identity: string, id: string) =>
      [...queryKeys.db.all(identity), 'organisation', id] as const,
    identity: (identity: string) => [...queryKeys.db.all(identity), 'identity'] as const,
    coverageBoard: (identity: string, filter: { asOf: string | null; opleiding: string | null }) =>
      [...queryKeys.db.all(identity), 'coverage-board', filter] as const,
    inbox: (identity: string) => [...queryKeys.db.all(identity), 'inbox'] as const,
    myRegistrations: (identity: string) =>
      [...queryKeys.db.all(identity), 'my-registrations'] as const,
    myMemberships: (identity: string) => [...queryKeys.db.all(identity), 'my-memberships'] as const,
    auditTrail: (identity: string) => [...queryKeys.db.all(identity), 'audit-trail'] as const,
    notifications: (identity: string) => [...queryKeys.db.all(identity), 'notifications'] as const,
    directory: (identity: string) => [...queryKeys.db.all(identity), 'directory'] as const,
    partnershipPage: (identity: string, id: string) =>
      [...queryKeys.db.all(identity), 'partnership-page', id] as const,
    workspace: (identity: string, id: string) =>
      [...queryKeys.db.all(identity), 'workspace', id] as const,
    infoPages: (identity: string) => [...queryKeys.db.all(identity), 'info-pages'] as const,
    infoPage: (identity: string, slug: string) =>
      [...queryKeys.db.all(identity), 'info-page', slug] as const,
    infoPageHistory: (identity: string, page: string) =>
      [...queryKeys.db.all(identity), 'info-page-history', page] as const,
    questions: (identity: string, province: string | null) =>
      [...queryKeys.db.all(identity), 'questions', { province }] as const,
    question: (identity: string, id: string) =>
      [...queryKeys.db.all(identity), 'question', id] as const,
    knowledgeSearch: (identity: string, query: string) =>
      [...queryKeys.db.all(identity), 'knowledge-search', query] as const,
    events: (identity: string, province: string | null) =>
      [...queryKeys.db.all(identity), 'events', { province }] as const,
    event: (identity: string, id: string) => [...queryKeys.db.all(identity), 'event', id] as const,
    eventCancellations: (identity: string) =>
      [...queryKeys.db.all(identity), 'event-cancellations'] as const,
    eventRegistrations: (identity: string, id: string) =>
      [...queryKeys.db.all(identity), 'event-registrations', id] as const,
    coverageTimeline: (identity: string, toDay: string | null) =>
      [...queryKeys.db.all(identity), 'coverage-timeline', { toDay }] as const,
  },
} as const;
