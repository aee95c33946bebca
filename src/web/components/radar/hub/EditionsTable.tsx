import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TEditionSummary } from '../../../../contracts/radar.js';
import {
  answerPath,
  editionActions,
  editionPath,
  jointRadarPath,
  maturityPath,
  ownRadarPath,
  type EditionAction,
} from '../../../lib/radarHub.js';
import { EditionStatusBadge } from './EditionStatusBadge.js';

/** The editions the organisation coordinates or takes part in, with what it can do in each. */
export function EditionsTable({
  orgId,
  orgName,
  editions,
  canFacilitate,
}: {
  orgId: string;
  orgName: string;
  editions: TEditionSummary[];
  canFacilitate: boolean;
}) {
  const { t } = useTranslation();
  const col = {
    name: t('radarHub.editions.columns.name'),
    coordinator: t('radarHub.editions.columns.coordinator'),
    status: t('radarHub.editions.columns.status'),
    actions: t('common.actions'),
  };
  // Every row offers at least a way to the edition itself.
  const actionsOf = (e: TEditionSummary): (EditionAction | 'view')[] => {
    const list = editionActions(e, canFacilitate);
    return list.length > 0 ? list : ['view'];
  };
  const href: Record<EditionAction | 'view', (id: string) => string> = {
    view: (id) => editionPath(orgId, id),
    answer: (id) => answerPath(orgId, id),
    maturity: (id) => maturityPath(orgId, id),
    radar: (id) => jointRadarPath(orgId, id),
    own: (id) => ownRadarPath(orgId, id),
    manage: (id) => editionPath(orgId, id),
  };

  return (
    <table className="table table--zebra table--compact table-md-responsive-headers pj-table pj-radar-editions">
      <caption className="sr-only">{t('radarHub.editions.caption', { org: orgName })}</caption>
      <thead>
        <tr>
          <th scope="col">{col.name}</th>
          <th scope="col">{col.coordinator}</th>
          <th scope="col">{col.status}</th>
          <th scope="col">{col.actions}</th>
        </tr>
      </thead>
      <tbody>
        {editions.map((e) => {
          const title = t('radarHub.editions.editionName', { name: e.name });
          return (
            <tr key={e.id}>
              <th scope="row" data-title={col.name} className="pj-break">
                <Link to={editionPath(orgId, e.id)}>{title}</Link>
                <span className="pj-cell-sub">
                  {t('radarHub.editions.technologies', { count: e.technologies })}
                  {' · '}
                  {t('radarHub.editions.participants', { count: e.participants })}
                </span>
              </th>
              <td data-title={col.coordinator}>
                {e.coordinator.name}
                {e.coordinating ? <span className="pj-cell-sub">{t('radarHub.editions.youCoordinate')}</span> : null}
              </td>
              <td data-title={col.status}>
                <EditionStatusBadge status={e.status} />
              </td>
              <td data-title={col.actions}>
                <span className="pj-row-actions">
                  {actionsOf(e).map((action) => (
                    <Link key={action} to={href[action](e.id)}>
                      {t(`radarHub.editions.actions.${action}`)}
                      <span className="sr-only"> – {title}</span>
                    </Link>
                  ))}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
