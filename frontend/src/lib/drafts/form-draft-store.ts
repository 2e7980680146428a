import dayjs from 'dayjs';

/**
 * Drafts of forms, in localStorage, per user (the token's `sub`) and form ("report:42"): what
 * was typed survives a closed drawer, a reload or a lost session, and another user of the same
 * browser never sees it. Dates (dayjs) come back as dates.
 */
const PREFIX = 'danvan.draft.v1';

function storageKey(subject: string, formKey: string): string {
  return `${PREFIX}:${subject}:${formKey}`;
}

function encode(value: unknown): unknown {
  if (dayjs.isDayjs(value)) {
    return { $dayjs: value.toISOString() };
  }
  if (Array.isArray(value)) {
    return value.map(encode);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(decode);
  }
  if (value && typeof value === 'object') {
    if ('$dayjs' in value && typeof value.$dayjs === 'string') {
      return dayjs(value.$dayjs);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export function readDraft<T>(subject: string, formKey: string): Partial<T> | undefined {
  try {
    const stored = localStorage.getItem(storageKey(subject, formKey));
    return stored ? (decode(JSON.parse(stored)) as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(subject: string, formKey: string, values: unknown): void {
  try {
    localStorage.setItem(storageKey(subject, formKey), JSON.stringify(encode(values)));
  } catch {
    // storage full or refused (private mode): the form still works, without a draft
  }
}

export function clearDraft(subject: string, formKey: string): void {
  localStorage.removeItem(storageKey(subject, formKey));
}
