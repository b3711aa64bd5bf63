import 'i18next';
import type journeys from '../locales/nl/journeys.json';
import type start from '../locales/nl/start.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof start & typeof journeys };
  }
}
