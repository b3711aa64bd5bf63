import type { JourneyId } from '../lib/url-state';

/** Navigation order and message keys of the journeys. */
export const JOURNEY_NAV: ReadonlyArray<{
  id: JourneyId;
  label: `nav.${JourneyId}`;
  intro: `journey.${JourneyId}.intro`;
  /** Reached by a link only, not from the navigation. */
  hidden?: boolean;
}> = [
  { id: 'find', label: 'nav.find', intro: 'journey.find.intro' },
  { id: 'coverage', label: 'nav.coverage', intro: 'journey.coverage.intro' },
  { id: 'partnerships', label: 'nav.partnerships', intro: 'journey.partnerships.intro' },
  { id: 'ambassadors', label: 'nav.ambassadors', intro: 'journey.ambassadors.intro' },
  { id: 'knowledge', label: 'nav.knowledge', intro: 'journey.knowledge.intro' },
  { id: 'invitation', label: 'nav.invitation', intro: 'journey.invitation.intro', hidden: true },
];
