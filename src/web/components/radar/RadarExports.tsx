import { useTranslation } from 'react-i18next';
import type { TRadarExportFormat } from '../../../contracts/radar.js';
import { ApiError } from '../../api/client.js';
import { useDownloads } from '../../hooks/useDownloads.js';
import type { TRadarView } from '../../lib/radarView.js';
import { Alert, StatusRegion } from '../Alert.js';
import { Icon } from '../Icon.js';
import { Heading } from './BlipDetails.js';
import { radarPng, saveBlob } from './exportPng.js';

type Kind = TRadarExportFormat | 'png';

const EXTENSION: Record<Kind, string> = {
  svg: 'svg',
  png: 'png',
  html: 'html',
  'byor-csv': 'csv',
  'byor-json': 'json',
  zalando: 'json',
  backstage: 'json',
};

const PICTURES: Kind[] = ['svg', 'png', 'html'];
const EXCHANGE: Kind[] = ['byor-csv', 'byor-json', 'zalando', 'backstage'];

/**
 * Download buttons of a radar: the picture as SVG or PNG, a self-contained HTML page, and the
 * exchange formats of other radar tools. The server makes every file but the PNG, which the browser
 * draws from the same SVG; a failure shows the server's message.
 */
export function RadarExports({
  view,
  idPrefix,
  fileName,
  headingLevel = 2,
  fetchFile,
}: {
  view: TRadarView;
  idPrefix: string;
  /** The file name without extension, e.g. "teknologiradar-2026-faelles". */
  fileName: string;
  headingLevel?: 2 | 3;
  fetchFile: (format: TRadarExportFormat, fallbackName: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { state, busy, busyWith, download } = useDownloads<Kind>();
  const nameOf = (kind: Kind) =>
    `${fileName}${kind === 'zalando' || kind === 'backstage' || kind === 'byor-json' ? `-${kind}` : ''}.${EXTENSION[kind]}`;

  const run = (kind: Kind) =>
    download(kind, async () => {
      if (kind !== 'png') return fetchFile(kind, nameOf(kind));
      let png: Blob;
      try {
        png = await radarPng(view);
      } catch {
        throw new ApiError(0, 'png_failed', t('radarView.exports.pngFailed'));
      }
      saveBlob(png, nameOf('png'));
    });

  const button = (kind: Kind, primary: boolean) => (
    <button
      key={kind}
      type="button"
      className={primary ? 'button button-primary' : 'button button-secondary'}
      onClick={() => void run(kind)}
      disabled={busy}
    >
      <Icon name="download" />
      {busyWith(kind) ? t('radarView.exports.busy') : t(`radarView.exports.formats.${kind}`)}
    </button>
  );

  return (
    <section className="pj-section pj-radar-exports" aria-labelledby={`${idPrefix}exports-heading`}>
      <Heading level={headingLevel} id={`${idPrefix}exports-heading`} className="h3">
        {t('radarView.exports.heading')}
      </Heading>
      <p>{t('radarView.exports.pictures')}</p>
      <div className="pj-button-row">{PICTURES.map((kind) => button(kind, kind === 'png'))}</div>
      <p className="mt-5">{t('radarView.exports.exchange')}</p>
      <div className="pj-button-row">{EXCHANGE.map((kind) => button(kind, false))}</div>
      <StatusRegion className="mt-5">
        {state.status === 'done' ? (
          <Alert variant="success">{t('radarView.exports.done', { format: t(`radarView.exports.formats.${state.what}`) })}</Alert>
        ) : null}
        {state.status === 'failed' ? (
          <Alert variant="error" heading={t('radarView.exports.failed')}>
            {state.message}
          </Alert>
        ) : null}
      </StatusRegion>
    </section>
  );
}
