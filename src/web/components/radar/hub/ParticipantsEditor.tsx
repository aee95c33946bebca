import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganisationDirectory, setRadarParticipants, type TEdition } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useAction } from '../../../hooks/useAction.js';
import { useAsync } from '../../../hooks/useAsync.js';
import { byDanishName, filterOrganisations } from '../../../lib/radarHub.js';
import { Alert, StatusRegion } from '../../Alert.js';
import { Loading } from '../../Loading.js';

const FORM_ID = 'radar-participants';

/**
 * The organisations invited to answer, chosen from the platform's directory with a filter box
 * (there may be a hundred). An organisation that has answered stays on the list.
 */
export function ParticipantsEditor({
  orgId,
  edition,
  onSaved,
}: {
  orgId: string;
  edition: TEdition;
  onSaved: (edition: TEdition) => void;
}) {
  const { t, i18n } = useTranslation();
  const directory = useAsync((signal) => callOp(listOrganisationDirectory, { signal }), []);
  const initial = useMemo(() => new Set(edition.participantList.map((p) => p.id)), [edition.participantList]);
  const answered = useMemo(
    () => new Set(edition.participantList.filter((p) => p.respondents > 0).map((p) => p.id)),
    [edition.participantList],
  );
  const [selected, setSelected] = useState<Set<string>>(initial);
  const [query, setQuery] = useState('');
  const [onlySelected, setOnlySelected] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useAction();

  const typeLabel = (o: { type: string }) => (i18n.exists(`orgTypes.${o.type}`) ? t(`orgTypes.${o.type}` as 'orgTypes.kommune') : o.type);
  const all = useMemo(() => {
    const list = directory.status === 'ready' ? [...directory.data] : [];
    // Participants missing from the directory (should not happen) are still shown, so they can be seen and removed.
    for (const p of edition.participantList) if (!list.some((o) => o.id === p.id)) list.push({ id: p.id, name: p.name, type: '' });
    return list.sort(byDanishName);
  }, [directory.status, directory.data, edition.participantList]);
  const visible = filterOrganisations(all, query, typeLabel).filter((o) => !onlySelected || selected.has(o.id));
  const dirty = selected.size !== initial.size || [...selected].some((id) => !initial.has(id));

  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run(async () => {
      const updated = await callOp(setRadarParticipants, {
        params: { orgId, editionId: edition.id },
        body: { orgIds: [...selected] },
      });
      onSaved(updated);
      setSelected(new Set(updated.participantList.map((p) => p.id)));
      setSaved(true);
    });
  };

  return (
    <section className="pj-section" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 className="h3" id={`${FORM_ID}-heading`}>
        {t('radarHub.participants.heading')}
      </h2>
      <p>{t('radarHub.participants.intro')}</p>
      {directory.status === 'loading' ? <Loading /> : null}
      {directory.status === 'failed' ? <Alert variant="error">{directory.error.message}</Alert> : null}
      {directory.status === 'ready' ? (
        <form onSubmit={submit} noValidate>
          <div className="pj-filter">
            <div className="form-group">
              <label className="form-label" htmlFor={`${FORM_ID}-filter`}>
                {t('radarHub.participants.filter')}
              </label>
              <span className="form-hint" id={`${FORM_ID}-filter-hint`}>
                {t('radarHub.participants.filterHint')}
              </span>
              <input
                className="form-input"
                type="search"
                id={`${FORM_ID}-filter`}
                name="filter"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-describedby={`${FORM_ID}-filter-hint`}
                autoComplete="off"
              />
            </div>
            <div className="form-group-checkbox pj-radar-only-selected">
              <input
                className="form-checkbox"
                type="checkbox"
                id={`${FORM_ID}-only-selected`}
                checked={onlySelected}
                onChange={(e) => setOnlySelected(e.target.checked)}
              />
              <label className="form-label" htmlFor={`${FORM_ID}-only-selected`}>
                {t('radarHub.participants.onlySelected')}
              </label>
            </div>
          </div>
          <StatusRegion>
            <p className="pj-result-count">
              {t('radarHub.participants.count', { shown: visible.length, total: all.length, selected: selected.size })}
            </p>
          </StatusRegion>
          <fieldset className="pj-radar-org-list-wrap">
            <legend className="sr-only">{t('radarHub.participants.legend')}</legend>
            {visible.length === 0 ? <p className="pj-muted">{t('radarHub.participants.noMatch')}</p> : null}
            <ul className="pj-radar-org-list nobullet-list">
              {visible.map((o) => {
                const id = `${FORM_ID}-org-${o.id}`;
                const locked = answered.has(o.id);
                const self = o.id === orgId;
                return (
                  <li key={o.id} className="form-group-checkbox">
                    <input
                      className="form-checkbox"
                      type="checkbox"
                      id={id}
                      name="orgIds"
                      value={o.id}
                      checked={selected.has(o.id)}
                      disabled={locked}
                      onChange={(e) => toggle(o.id, e.target.checked)}
                      aria-describedby={locked || self ? `${id}-note` : undefined}
                    />
                    <label htmlFor={id} className="form-label">
                      {o.name}
                      {o.type ? <span className="pj-cell-sub">{typeLabel(o)}</span> : null}
                    </label>
                    {locked || self ? (
                      <span className="form-hint" id={`${id}-note`}>
                        {[self ? t('radarHub.participants.self') : null, locked ? t('radarHub.participants.answered') : null]
                          .filter(Boolean)
                          .join(' ')}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {save.error ? (
            <div role="alert">
              <Alert variant="error">{save.error}</Alert>
            </div>
          ) : null}
          <div className="pj-button-row mt-5">
            <button type="submit" className="button button-primary" disabled={save.busy || !dirty}>
              {t('radarHub.participants.save')}
            </button>
            {dirty ? (
              <button type="button" className="button button-tertiary" onClick={() => setSelected(initial)}>
                {t('radarHub.participants.undo')}
              </button>
            ) : null}
          </div>
          <StatusRegion>{saved && !dirty ? <Alert variant="success">{t('radarHub.participants.saved')}</Alert> : null}</StatusRegion>
        </form>
      ) : null}
    </section>
  );
}
