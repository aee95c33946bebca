import type { TFunction } from 'i18next';
import type { TAuditEvent } from '../../contracts/audit.js';
import { ZRole } from '../../contracts/common.js';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function roleName(t: TFunction, value: unknown): string | null {
  const parsed = ZRole.safeParse(value);
  return parsed.success ? t(`roles.${parsed.data}`) : null;
}

/** What an audit event was about, in words (from its target and details). */
export function describeTarget(event: TAuditEvent, t: TFunction): string {
  const d = event.details;
  switch (event.targetType) {
    case 'user': {
      // A failed login or an accepted invitation concerns the person who acted (or tried to).
      const self = event.action === 'invite.accepted' || event.action === 'login.failed' ? event.actorEmail : null;
      const who = text(d.email) ?? self ?? t('audit.targets.person');
      const from = roleName(t, d.from);
      const to = roleName(t, d.to);
      if (from && to) return t('audit.targets.roleChange', { who, from, to });
      const role = roleName(t, d.role);
      return role ? t('audit.targets.personWithRole', { who, role }) : who;
    }
    case 'unit':
      return text(d.name) ? t('audit.targets.unitNamed', { name: d.name }) : t('audit.targets.unit');
    case 'organisation':
      return text(d.name) ? t('audit.targets.organisationNamed', { name: d.name }) : t('audit.targets.organisation');
    case 'api_token':
      return text(d.name) ? t('audit.targets.tokenNamed', { name: d.name }) : t('audit.targets.token');
    case 'round':
      return text(d.title) ? t('audit.targets.roundNamed', { name: d.title }) : t('audit.targets.round');
    default:
      return '';
  }
}
