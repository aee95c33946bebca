import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  ZUpdateWorkshopBody,
  controlWorkshop,
  deleteWorkshop,
  getWorkshop,
  updateWorkshop,
  type TWorkshop,
} from '../../contracts/workshops.js';
import { callOp, type OpBody } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { AgendaEditor } from '../components/workshops/AgendaEditor.js';
import { DetailsForm } from '../components/workshops/DetailsForm.js';
import { ListEditor, type ListEntry } from '../components/workshops/ListEditor.js';
import { SettingsForm } from '../components/workshops/SettingsForm.js';
import { SourceNote } from '../components/workshops/SourceNote.js';
import { StatusBadge } from '../components/workshops/StatusBadge.js';
import { WorkshopExports } from '../components/workshops/WorkshopExports.js';
import { WorkshopNotesSummary } from '../components/workshops/WorkshopNotesSummary.js';
import { WorkshopOverview } from '../components/workshops/WorkshopOverview.js';
import { useAction } from '../hooks/useAction.js';
import { useAsync } from '../hooks/useAsync.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useOrgScope } from '../hooks/useOrgScope.js';
import { formatDateTime, isoDate } from '../lib/format.js';
import { hasRole } from '../lib/roles.js';
import { validateWith } from '../lib/validation.js';
import { actionPlansPath, consolePath, projectorPath, workshopsPath } from '../lib/workshops.js';

type Section = 'details' | 'agenda' | 'rules' | 'areas' | 'settings';

const rulesOf = (w: TWorkshop): ListEntry[] => w.groundRules.map((value, i) => ({ key: `rule-${i}-${value.length}`, value }));
const areasOf = (w: TWorkshop): ListEntry[] => w.areas.map((a) => ({ key: a.id, id: a.id, value: a.name }));

/**
 * One workshop. A draft is prepared here by facilitators (title and date, agenda, ground rules,
 * areas, settings), then opened or deleted; members and later states read it, a finished
 * workshop with the agenda as it ran, the notes of the common plans and its minutes to download.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const scope = useOrgScope();
  const navigate = useNavigate();
  const location = useLocation();
  const workshopId = useParams().workshopId ?? '';
  const canFacilitate = hasRole(scope.role, 'facilitator');
  const params = { orgId: scope.orgId, workshopId };
  const data = useAsync((signal) => callOp(getWorkshop, { params, signal }), [scope.orgId, workshopId]);
  const [dirty, setDirty] = useState<Set<Section>>(new Set());
  const [deleting, setDeleting] = useState(false);
  const [unsaved, setUnsaved] = useState<Section[] | null>(null);
  const open = useAction();
  const remove = useAction();
  const created = (location.state as { created?: unknown } | null)?.created === true;

  const markDirty = useCallback(
    (section: Section) => (isDirty: boolean) =>
      setDirty((current) => {
        if (current.has(section) === isDirty) return current;
        const next = new Set(current);
        if (isDirty) next.add(section);
        else next.delete(section);
        return next;
      }),
    [],
  );
  // Stable callbacks per section, so the editors' effects do not run on every render.
  const [onDirty] = useState(() => ({
    details: markDirty('details'),
    agenda: markDirty('agenda'),
    rules: markDirty('rules'),
    areas: markDirty('areas'),
    settings: markDirty('settings'),
  }));

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'failed') {
    return (
      <div className="pj-page">
        <PageHeading title={t('workshops.loadFailedTitle')} />
        <Alert variant="error">{data.error.message}</Alert>
        <p>
          <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
        </p>
      </div>
    );
  }

  const workshop = data.data;
  const editable = canFacilitate && workshop.status === 'draft';
  const saved = (w: TWorkshop) => data.setData(w);

  const openWorkshop = () => {
    const pending = [...dirty];
    if (pending.length > 0) {
      setUnsaved(pending);
      return;
    }
    setUnsaved(null);
    void open.run(async () => {
      await callOp(controlWorkshop, { params, body: { action: 'open' } });
      navigate(consolePath(scope.orgId, workshopId));
    });
  };

  const validateList = (key: 'groundRules' | 'areas') => (entries: ListEntry[]) =>
    validateWith(
      ZUpdateWorkshopBody,
      key === 'groundRules'
        ? { groundRules: entries.map((e) => e.value) }
        : { areas: entries.map((e) => (e.id ? { id: e.id, name: e.value } : { name: e.value })) },
      language,
    );
  const sendList = (pick: (w: TWorkshop) => ListEntry[]) => async (body: object) => {
    const updated = await callOp(updateWorkshop, { params, body: body as OpBody<typeof updateWorkshop> });
    saved(updated);
    return pick(updated);
  };

  return (
    <div className="pj-page pj-workshop-page">
      <PageHeading title={workshop.title} documentTitle={t('workshops.pageTitle', { title: workshop.title })} />
      <p className="pj-workshop-meta">
        <StatusBadge status={workshop.status} />{' '}
        {workshop.scheduledFor ? (
          <time dateTime={isoDate(workshop.scheduledFor)}>{formatDateTime(workshop.scheduledFor, language)}</time>
        ) : (
          t('workshops.noDate')
        )}
      </p>
      <p>{t('workshops.about')}</p>
      <SourceNote />

      <StatusRegion>{created && editable ? <Alert variant="success">{t('workshops.create.created')}</Alert> : null}</StatusRegion>

      {canFacilitate && workshop.status === 'running' ? (
        <div className="pj-facilitator-box">
          <p>{t('workshops.runningBox')}</p>
          <p className="pj-row-actions">
            <Link className="button button-primary" to={consolePath(scope.orgId, workshopId)}>
              {t('workshops.actions.console')}
            </Link>
            <a className="button button-secondary" href={projectorPath(scope.orgId, workshopId)} target="_blank" rel="noopener noreferrer">
              {t('workshops.console.openProjector')}
              <span className="sr-only"> {t('workshops.newWindow')}</span>
            </a>
          </p>
        </div>
      ) : null}
      {workshop.status === 'finished' ? (
        <Alert variant="info" heading={t('workshops.finishedHeading')}>
          <p>{t('workshops.finishedText')}</p>
          <p>
            <Link to={actionPlansPath(scope.orgId)}>{t('workshops.toActionPlans')}</Link>
          </p>
        </Alert>
      ) : null}
      {!canFacilitate && workshop.status === 'draft' ? <Alert variant="info">{t('workshops.memberDraft')}</Alert> : null}
      {workshop.status === 'finished' ? (
        <WorkshopExports orgId={scope.orgId} workshopId={workshopId} canFacilitate={canFacilitate} />
      ) : null}

      {editable ? (
        <>
          <DetailsForm orgId={scope.orgId} workshop={workshop} onSaved={saved} onDirty={onDirty.details} />
          <AgendaEditor orgId={scope.orgId} workshop={workshop} onSaved={saved} onDirty={onDirty.agenda} />
          <ListEditor
            formId="rules"
            path="groundRules"
            initial={rulesOf(workshop)}
            multiline
            maxLength={600}
            minItems={1}
            maxItems={30}
            texts={{
              heading: t('workshops.rules.heading'),
              intro: t('workshops.rules.intro'),
              itemLabel: (n) => t('workshops.rules.item', { number: n }),
              add: t('workshops.rules.add'),
              remove: t('workshops.rules.remove'),
              save: t('workshops.rules.save'),
              saved: t('workshops.rules.saved'),
              undo: t('workshops.rules.undo'),
              removed: (value) => t('workshops.rules.removed', { value }),
            }}
            validate={validateList('groundRules')}
            send={sendList(rulesOf)}
            onDirty={onDirty.rules}
          />
          <ListEditor
            formId="areas"
            path="areas"
            subField="name"
            initial={areasOf(workshop)}
            multiline={false}
            maxLength={120}
            minItems={0}
            maxItems={30}
            texts={{
              heading: t('workshops.areas.heading'),
              intro: t('workshops.areas.intro'),
              itemLabel: (n) => t('workshops.areas.item', { number: n }),
              add: t('workshops.areas.add'),
              remove: t('workshops.areas.remove'),
              save: t('workshops.areas.save'),
              saved: t('workshops.areas.saved'),
              undo: t('workshops.areas.undo'),
              removed: (value) => t('workshops.areas.removed', { value }),
              empty: t('workshops.areas.none'),
            }}
            validate={validateList('areas')}
            send={sendList(areasOf)}
            onDirty={onDirty.areas}
          />
          <SettingsForm orgId={scope.orgId} workshop={workshop} onSaved={saved} onDirty={onDirty.settings} />

          <section className="pj-section pj-open-box" aria-labelledby="open-heading">
            <h2 id="open-heading" className="h3">
              {t('workshops.open.heading')}
            </h2>
            <p>{t('workshops.open.text')}</p>
            <StatusRegion>
              {unsaved && unsaved.length > 0 ? (
                <Alert variant="error" heading={t('workshops.open.unsavedHeading')}>
                  <p>{t('workshops.open.unsavedText', { sections: unsaved.map((s) => t(`workshops.sections.${s}`)).join(', ') })}</p>
                </Alert>
              ) : null}
              {open.error ? <Alert variant="error">{open.error}</Alert> : null}
            </StatusRegion>
            <div className="pj-button-row">
              <button type="button" className="button button-primary" disabled={open.busy} onClick={openWorkshop}>
                {t('workshops.open.button')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setDeleting(true)}>
                {t('workshops.delete.button')}
              </button>
            </div>
          </section>
          <ConfirmDialog
            open={deleting}
            title={t('workshops.delete.title', { title: workshop.title })}
            confirmLabel={t('workshops.delete.confirm')}
            busy={remove.busy}
            error={remove.error}
            onCancel={() => {
              remove.setError(null);
              setDeleting(false);
            }}
            onConfirm={() =>
              void remove.run(async () => {
                await callOp(deleteWorkshop, { params });
                setDeleting(false);
                navigate(workshopsPath(scope.orgId), { state: { message: t('workshops.delete.done', { title: workshop.title }) } });
              })
            }
          >
            <p>{t('workshops.delete.text')}</p>
          </ConfirmDialog>
        </>
      ) : (
        <>
          <WorkshopOverview workshop={workshop} />
          <WorkshopNotesSummary notes={workshop.notes} />
        </>
      )}

      <p className="mt-6">
        <Link to={workshopsPath(scope.orgId)}>{t('workshops.backToList')}</Link>
      </p>
    </div>
  );
}
