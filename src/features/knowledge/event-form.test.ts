import { describe, expect, it } from 'vitest';
import {
  emptyEventForm,
  eventFormProblems,
  registrationProblems,
  saveEventArgs,
  type EventFormValues,
} from './event-form';

const webinar: EventFormValues = {
  ...emptyEventForm,
  title: 'Een groep van tien vormen',
  description: 'Hoe u begint.',
  starts: '2027-01-20T15:00',
  ends: '2027-01-20T16:00',
  deadline: '2027-01-19T12:00',
  onlineUrl: 'https://webinar.example/start',
  capacity: '100',
};

describe('the event form', () => {
  it('accepts a complete webinar and sends its times as typed, on the Amsterdam clock', () => {
    expect(eventFormProblems(webinar)).toEqual({});
    expect(saveEventArgs(webinar, null)).toMatchObject({
      event: undefined,
      starts_local: '2027-01-20T15:00',
      capacity: 100,
      online_url: 'https://webinar.example/start',
      place: undefined,
    });
  });

  it('names each problem at its field', () => {
    expect(
      eventFormProblems({
        ...webinar,
        title: 'Kort',
        ends: '2027-01-20T14:00',
        deadline: '2027-01-21T12:00',
        onlineUrl: 'http://webinar.example',
        capacity: '0',
        slidesUrl: 'javascript:alert(1)',
      }),
    ).toEqual({
      title: 'error_title',
      ends: 'error_endsBefore',
      deadline: 'error_deadlineAfter',
      onlineUrl: 'error_link',
      capacity: 'error_capacity',
      slidesUrl: 'error_link',
    });
  });

  it('asks for a place or a link, and keeps the capacity above the places given', () => {
    expect(eventFormProblems({ ...webinar, onlineUrl: '' })).toEqual({ place: 'error_where' });
    expect(eventFormProblems({ ...webinar, onlineUrl: '', place: 'Utrecht' })).toEqual({});
    expect(eventFormProblems({ ...webinar, capacity: '10' }, 12)).toEqual({
      capacity: 'error_capacityBelow',
    });
  });
});

describe('the registration form', () => {
  it('needs 1 to 50 participants, a name and an e-mail address', () => {
    const ok = { participants: '2', contactName: 'Sanne de Vries', contactEmail: 'sanne@a.nl' };
    expect(registrationProblems(ok)).toEqual([]);
    expect(registrationProblems({ ...ok, participants: '0' })).toEqual(['participants']);
    expect(registrationProblems({ ...ok, participants: '2,5' })).toEqual(['participants']);
    expect(
      registrationProblems({ participants: '51', contactName: 'S', contactEmail: 'sanne' }).sort(),
    ).toEqual(['contactEmail', 'contactName', 'participants']);
  });
});
