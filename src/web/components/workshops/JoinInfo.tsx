import { useTranslation } from 'react-i18next';
import { spacedCode } from '../../lib/workshops.js';

/** The join code large, the address to open and how many have joined (the console's side panel). */
export function JoinInfo({
  code,
  url,
  participants,
  onOpenProjector,
}: {
  code: string | null;
  url: string | null;
  participants: number;
  onOpenProjector: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="pj-join-info" aria-labelledby="join-heading">
      <h2 id="join-heading" className="h4">
        {t('workshops.console.joinHeading')}
      </h2>
      {code && url ? (
        <>
          <p className="pj-join-code-label">{t('workshops.console.codeLabel')}</p>
          <p className="pj-join-code" data-code={code}>
            {spacedCode(code)}
          </p>
          <p className="pj-join-url">
            {t('workshops.console.urlLabel')}{' '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url}
              <span className="sr-only"> {t('workshops.newWindow')}</span>
            </a>
          </p>
        </>
      ) : (
        <p>{t('workshops.console.noCode')}</p>
      )}
      <p className="pj-participants">
        <span className="pj-participants-count">{participants}</span> {t('workshops.console.joined', { count: participants })}
      </p>
      <button type="button" className="button button-secondary" onClick={onOpenProjector}>
        {t('workshops.console.openProjector')}
        <span className="sr-only"> {t('workshops.newWindow')}</span>
      </button>
    </section>
  );
}
