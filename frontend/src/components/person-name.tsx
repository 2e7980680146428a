import { Tooltip } from 'antd';
import type { Schema } from '@/lib/api/schema-types';

type Person = Schema<'Person'>;

/**
 * Who did something, as people know them: "Nguyễn Văn An · Đảng ủy phường Rạch Giá", with the
 * login name only as a tooltip. Without a Person (an older server, an unknown login) the login
 * name the API gave in the plain field (`fallback`) shows as it is.
 */
export function PersonName({
  person,
  fallback,
  withOrganization = true,
}: {
  person?: Person | undefined;
  fallback?: string | undefined;
  /** Off where the organization is already on screen (a compact list row). */
  withOrganization?: boolean;
}) {
  if (!person) {
    return fallback ? <span>{fallback}</span> : null;
  }
  const text =
    withOrganization && person.organization
      ? `${person.displayName} · ${person.organization.name}`
      : person.displayName;
  return (
    <Tooltip title={person.username}>
      <span data-username={person.username}>{text}</span>
    </Tooltip>
  );
}

/** The same as plain text, where only a string fits (a sentence of a translation, a title). */
export function personText(person: Person | undefined, fallback: string | undefined): string {
  if (!person) {
    return fallback ?? '';
  }
  return person.organization
    ? `${person.displayName} · ${person.organization.name}`
    : person.displayName;
}
