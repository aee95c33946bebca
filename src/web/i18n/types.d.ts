import type da from './da.json';
import type daPages from './da.pages.json';
import type daRadar from './da.radar.json';
import type daRadarView from './da.radarview.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da & typeof daPages & typeof daRadar & typeof daRadarView };
  }
}
