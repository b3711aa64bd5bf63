import { describe, expect, it } from 'vitest';
import { brancheMilestones, timeline, topDeadlines } from './deadlines';

describe('TOP deadlines', () => {
  it('count back from the training year into the year before', () => {
    expect(topDeadlines(2028).map((m) => [m.id, m.due])).toEqual([
      ['registration_signed', '2027-02-01'],
      ['feedback', '2027-02-15'],
      ['definitive_registration', '2027-03-01'],
      ['in_en_doorstroom', '2027-05-31'],
      ['yearly_procedure', '2028-02-01'],
    ]);
  });

  it('keep weekend days as the scheme states them', () => {
    // 1 February 2026 is a Sunday; 1 March 2025 a Saturday.
    expect(topDeadlines(2027)[0]!.due).toBe('2026-02-01');
    expect(topDeadlines(2026)[2]!.due).toBe('2025-03-01');
  });

  it('cross the year boundary for a training year in January', () => {
    expect(topDeadlines(2030).every((m, i) => (i < 4 ? m.due.startsWith('2029-') : true))).toBe(
      true,
    );
  });
});

describe('the timeline', () => {
  const deadlines = topDeadlines(2028);

  it('marks done, due and late relative to today', () => {
    const entries = timeline(deadlines, { registration_signed: '2027-01-20' }, '2027-02-20');
    expect(entries.map((e) => [e.id, e.state])).toEqual([
      ['registration_signed', 'done'],
      ['feedback', 'late'],
      ['definitive_registration', 'due'],
      ['in_en_doorstroom', 'due'],
      ['yearly_procedure', 'due'],
    ]);
  });

  it('treats "by" as due on the day itself and "before" as late on it', () => {
    const onFirstFebruary = timeline(deadlines, {}, '2027-02-01');
    expect(onFirstFebruary[0]!.state).toBe('due');
    const onFirstMarch = timeline(deadlines, {}, '2027-03-01');
    expect(onFirstMarch.find((e) => e.id === 'definitive_registration')!.state).toBe('late');
  });

  it('keeps the brancheopleiding dates that were recorded, in date order', () => {
    const list = brancheMilestones({
      plannedStart: '2027-09-01',
      materialAccess: '2027-08-15',
      completed: null,
    });
    expect(timeline(list, { material_access: '2027-08-15' }, '2027-08-20')).toEqual([
      expect.objectContaining({ id: 'material_access', state: 'done' }),
      expect.objectContaining({ id: 'planned_start', state: 'due' }),
    ]);
  });
});
