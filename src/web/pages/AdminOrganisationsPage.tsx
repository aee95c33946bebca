import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZCreateOrganisationBody, createOrganisation, listAllOrganisations, type TOrganisation } from '../../contracts/organisations.js';
import { callOp } from '../api/client.js';
import { Alert, StatusRegion } from '../components/Alert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { OrgFields } from '../components/fieldGroups.js';
import { CheckboxField } from '../components/fields.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useAsync } from '../hooks/useAsync.js';
import { orgPath } from '../hooks/useCurrentOrg.js';
import { useForm } from '../hooks/useForm.js';
import { useLanguage } from '../hooks/useLanguage.js';
import { useSession } from '../hooks/useSession.js';
import { formatDate } from '../lib/format.js';
import { validateWith } from '../lib/validation.js';

/** Platform administration: every organisation, and creating a new one. */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { memberships, refresh } = useSession();
  const orgs = useAsync((signal) => callOp(listAllOrganisations, { signal }), []);
  const [created, setCreated] = useState<TOrganisation | null>(null);

  const form = useForm({
    id: 'new-org',
    initial: { name: '', type: 'kommune', municipalityCode: '', addMeAsAdmin: true },
    labels: {
      name: t('org.name'),
      type: t('org.type'),
      municipalityCode: t('org.municipalityCode'),
      addMeAsAdmin: t('admin.addMeAsAdmin'),
    },
    validate: (values, lang) =>
      validateWith(
        ZCreateOrganisationBody,
        {
          name: values.name,
          type: values.type,
          municipalityCode: values.municipalityCode.trim() || null,
          addMeAsAdmin: values.addMeAsAdmin,
        },
        lang,
      ),
    onSubmit: async (body) => {
      setCreated(null);
      const org = await callOp(createOrganisation, { body });
      form.reset();
      setCreated(org);
      await Promise.all([orgs.reload(), refresh()]);
    },
  });

  const isMember = (orgId: string) => memberships.some((m) => m.orgId === orgId);

  return (
    <div className="pj-page">
      <PageHeading title={t('admin.title')} />
      <p className="font-lead">{t('admin.intro')}</p>

      <StatusRegion>
        {created ? (
          <Alert variant="success" heading={t('admin.created', { name: created.name })}>
            {created.myRole ? (
              <p>
                <Link to={orgPath(created.id)}>{t('admin.goTo', { name: created.name })}</Link>
              </p>
            ) : (
              <p>{t('admin.createdNotMember', { id: created.id })}</p>
            )}
          </Alert>
        ) : null}
      </StatusRegion>

      <section aria-labelledby="all-orgs" className="pj-section">
        <h2 id="all-orgs" className="h3">
          {t('admin.listHeading')}
        </h2>
        {orgs.status === 'loading' ? <Loading /> : null}
        {orgs.status === 'failed' ? <Alert variant="error">{orgs.error.message}</Alert> : null}
        {orgs.status === 'ready' && orgs.data.length === 0 ? <p>{t('admin.empty')}</p> : null}
        {orgs.status === 'ready' && orgs.data.length > 0 ? (
          <table className="table table--zebra table-md-responsive-headers pj-table">
            <caption className="sr-only">{t('admin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.name')}</th>
                <th scope="col">{t('org.type')}</th>
                <th scope="col">{t('org.municipalityCode')}</th>
                <th scope="col">{t('dashboard.members')}</th>
                <th scope="col">{t('dashboard.units')}</th>
                <th scope="col">{t('admin.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.data.map((org) => (
                <tr key={org.id}>
                  <th scope="row" data-title={t('org.name')}>
                    {isMember(org.id) ? <Link to={orgPath(org.id)}>{org.name}</Link> : org.name}
                  </th>
                  <td data-title={t('org.type')}>{t(`orgTypes.${org.type}`)}</td>
                  <td data-title={t('org.municipalityCode')}>{org.municipalityCode ?? '–'}</td>
                  <td data-title={t('dashboard.members')}>{org.memberCount}</td>
                  <td data-title={t('dashboard.units')}>{org.unitCount}</td>
                  <td data-title={t('admin.createdAt')}>{formatDate(org.createdAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p className="form-hint">{t('admin.membersOnlyNote')}</p>
      </section>

      <section aria-labelledby="new-org-heading" className="pj-section">
        <h2 id="new-org-heading" className="h3">
          {t('admin.createHeading')}
        </h2>
        <div className="row">
          <div className="col-12 col-lg-8">
            <ErrorSummary id="new-org-errors" items={form.summary} summaryRef={form.summaryRef} />
            <form onSubmit={form.handleSubmit} noValidate>
              <p className="form-hint">{t('form.requiredNote')}</p>
              <OrgFields
                name={form.field('name')}
                type={form.field('type')}
                municipalityCode={form.field('municipalityCode')}
                nameAutoComplete="off"
              />
              <CheckboxField {...form.checkbox('addMeAsAdmin')} label={t('admin.addMeAsAdmin')} hint={t('admin.addMeAsAdminHint')} />
              <button type="submit" className="button button-primary mt-6" disabled={form.submitting}>
                {t('admin.create')}
              </button>
            </form>
          </div>
        </div>
      </section>
    </div>
  );
}
