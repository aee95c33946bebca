import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZCreateUnitBody,
  ZUpdateUnitBody,
  createUnit,
  deleteUnit,
  listUnits,
  updateUnit,
  type TUnit,
} from '../../../contracts/organisations.js';
import { callOp } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { useAsync } from '../../hooks/useAsync.js';
import { useForm } from '../../hooks/useForm.js';
import { flattenTree, subtreeIds, unitTree, type UnitNode } from '../../lib/units.js';
import { validateWith } from '../../lib/validation.js';
import { Alert, StatusRegion } from '../Alert.js';
import { ConfirmDialog } from '../Dialog.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { SelectField, TextField } from '../fields.js';
import { Loading } from '../Loading.js';

const INDENT = '\u00a0\u00a0\u00a0';

function parentOptions(nodes: UnitNode[], topLabel: string, exclude?: Set<string>) {
  return [
    { value: '', label: topLabel },
    ...flattenTree(nodes)
      .filter((n) => !exclude?.has(n.unit.id))
      .map((n) => ({ value: n.unit.id, label: `${INDENT.repeat(n.depth)}${n.unit.name}` })),
  ];
}

/** The organisation's units as a tree: add, rename, move and delete. */
export function UnitsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const units = useAsync((signal) => callOp(listUnits, { params: { orgId }, signal }), [orgId]);
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TUnit | null>(null);
  const remove = useAction();

  const changed = useCallback(
    async (text: string) => {
      setMessage(text);
      setEditing(null);
      await units.reload();
    },
    [units],
  );

  const confirmDelete = async () => {
    if (!deleting) return;
    await remove.run(async () => {
      await callOp(deleteUnit, { params: { orgId, unitId: deleting.id } });
      setDeleting(null);
      await changed(t('settings.units.deleted', { name: deleting.name }));
    });
  };

  return (
    <>
      <h2 className="h3">{t('settings.units.heading')}</h2>
      <p>{t('settings.units.intro')}</p>
      <StatusRegion>{message ? <Alert variant="success">{message}</Alert> : null}</StatusRegion>
      {units.status === 'loading' ? <Loading /> : null}
      {units.status === 'failed' ? <Alert variant="error">{units.error.message}</Alert> : null}
      {units.status === 'ready' ? (
        <>
          <AddUnitForm
            orgId={orgId}
            tree={tree}
            onAttempt={() => setMessage(null)}
            onCreated={(unit) => void changed(t('settings.units.created', { name: unit.name }))}
          />
          <h3 className="h4 mt-7">{t('settings.units.listHeading', { count: units.data.length })}</h3>
          {tree.length === 0 ? (
            <p>{t('settings.units.empty')}</p>
          ) : (
            <UnitList
              nodes={tree}
              tree={tree}
              orgId={orgId}
              editing={editing}
              onEdit={(id) => {
                setMessage(null);
                setEditing(id);
              }}
              onDelete={(unit) => {
                setMessage(null);
                remove.setError(null);
                setDeleting(unit);
              }}
              onSaved={(unit) => void changed(t('settings.units.updated', { name: unit.name }))}
            />
          )}
        </>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('settings.units.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('settings.units.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
        busy={remove.busy}
        error={remove.error}
      >
        <p>{t('settings.units.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}

interface UnitListProps {
  nodes: UnitNode[];
  tree: UnitNode[];
  orgId: string;
  editing: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (unit: TUnit) => void;
  onSaved: (unit: TUnit) => void;
}

function UnitList({ nodes, ...props }: UnitListProps) {
  return (
    <ul className="pj-unit-tree">
      {nodes.map((node) => (
        <UnitItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function UnitItem({ node, tree, orgId, editing, onEdit, onDelete, onSaved }: Omit<UnitListProps, 'nodes'> & { node: UnitNode }) {
  const { t } = useTranslation();
  const { unit } = node;
  const isEditing = editing === unit.id;
  return (
    <li>
      <div className="pj-unit-row">
        <span className="pj-unit-name">{unit.name}</span>
        <span className="pj-row-actions">
          <button
            type="button"
            id={`unit-edit-${unit.id}`}
            className="function-link"
            aria-expanded={isEditing}
            onClick={() => onEdit(isEditing ? null : unit.id)}
          >
            {t('settings.units.edit')}
            <span className="sr-only"> {unit.name}</span>
          </button>
          <button type="button" className="function-link" onClick={() => onDelete(unit)}>
            {t('common.delete')}
            <span className="sr-only"> {unit.name}</span>
          </button>
        </span>
      </div>
      {isEditing ? (
        <EditUnitForm
          node={node}
          tree={tree}
          orgId={orgId}
          onCancel={() => {
            onEdit(null);
            document.getElementById(`unit-edit-${unit.id}`)?.focus();
          }}
          onSaved={onSaved}
        />
      ) : null}
      {node.children.length > 0 ? (
        <UnitList nodes={node.children} tree={tree} orgId={orgId} editing={editing} onEdit={onEdit} onDelete={onDelete} onSaved={onSaved} />
      ) : null}
    </li>
  );
}

function AddUnitForm({
  orgId,
  tree,
  onCreated,
  onAttempt,
}: {
  orgId: string;
  tree: UnitNode[];
  onCreated: (unit: TUnit) => void;
  onAttempt: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    id: 'unit-new',
    initial: { name: '', parentId: '' },
    labels: { name: t('settings.units.name'), parentId: t('settings.units.parent') },
    validate: (values, lang) => validateWith(ZCreateUnitBody, { name: values.name, parentId: values.parentId || null }, lang),
    onAttempt,
    onSubmit: async (body) => {
      const unit = await callOp(createUnit, { params: { orgId }, body });
      form.reset();
      onCreated(unit);
    },
  });
  return (
    <div className="pj-subform">
      <h3 className="h4">{t('settings.units.addHeading')}</h3>
      <ErrorSummary id="unit-new-errors" items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field('name')} label={t('settings.units.name')} required width="input-width-l" />
        <SelectField
          {...form.field('parentId')}
          label={t('settings.units.parentOptional')}
          width="input-width-l"
          options={parentOptions(tree, t('settings.units.topLevel'))}
        />
        <button type="submit" className="button button-primary mt-5" disabled={form.submitting}>
          {t('settings.units.add')}
        </button>
      </form>
    </div>
  );
}

function EditUnitForm({
  node,
  tree,
  orgId,
  onCancel,
  onSaved,
}: {
  node: UnitNode;
  tree: UnitNode[];
  orgId: string;
  onCancel: () => void;
  onSaved: (unit: TUnit) => void;
}) {
  const { t } = useTranslation();
  const id = `unit-${node.unit.id}`;
  const form = useForm({
    id,
    initial: { name: node.unit.name, parentId: node.unit.parentId ?? '' },
    labels: { name: t('settings.units.name'), parentId: t('settings.units.parent') },
    validate: (values, lang) => validateWith(ZUpdateUnitBody, { name: values.name, parentId: values.parentId || null }, lang),
    onSubmit: async (body) => onSaved(await callOp(updateUnit, { params: { orgId, unitId: node.unit.id }, body })),
  });
  // Opened by the user's click: continue in the form's first field.
  useEffect(() => {
    document.getElementById(`${id}-name`)?.focus();
  }, [id]);
  return (
    <div className="pj-inline-edit">
      <ErrorSummary id={`${id}-errors`} items={form.summary} summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate aria-label={t('settings.units.editLabel', { name: node.unit.name })}>
        <TextField {...form.field('name')} label={t('settings.units.name')} required width="input-width-l" />
        <SelectField
          {...form.field('parentId')}
          label={t('settings.units.parent')}
          width="input-width-l"
          options={parentOptions(tree, t('settings.units.topLevel'), subtreeIds(node))}
        />
        <div className="pj-button-row mt-5">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {t('common.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
