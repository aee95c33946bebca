import type da from './da.json';
import type daPages from './da.pages.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da & typeof daPages };
  }
}
