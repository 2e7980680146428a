import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from '@/lib/drafts/form-draft-store';

describe('form drafts in local storage', () => {
  it('keeps values per user and form, dates as dates, until cleared', () => {
    writeDraft('user-a', 'directive:new', {
      title: 'Về tăng cường công tác dân vận',
      issueDate: dayjs('2026-03-14'),
      recipientIds: [21, 22],
      tasks: [{ dueDate: dayjs('2026-12-31'), include: true }],
    });

    const draft = readDraft<{
      title: string;
      issueDate: dayjs.Dayjs;
      recipientIds: number[];
      tasks: { dueDate: dayjs.Dayjs; include: boolean }[];
    }>('user-a', 'directive:new');
    expect(draft?.title).toBe('Về tăng cường công tác dân vận');
    expect(dayjs.isDayjs(draft?.issueDate)).toBe(true);
    expect(draft?.issueDate?.format('YYYY-MM-DD')).toBe('2026-03-14');
    expect(draft?.tasks?.[0]?.dueDate.format('YYYY-MM-DD')).toBe('2026-12-31');
    expect(draft?.recipientIds).toEqual([21, 22]);

    expect(readDraft('user-b', 'directive:new')).toBeUndefined();
    expect(readDraft('user-a', 'directive:7')).toBeUndefined();

    clearDraft('user-a', 'directive:new');
    expect(readDraft('user-a', 'directive:new')).toBeUndefined();
  });
});
