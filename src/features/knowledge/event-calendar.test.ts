import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventDetailRow } from '../../data/schemas';
import { eventCalendarFile } from './event-calendar';

const meeting: EventDetailRow = {
  id: '11111111-2222-4333-8444-555555555555',
  title: 'Regiobijeenkomst Utrecht: samen, een groep; starten',
  description: 'Aanbieders ontmoeten elkaar.',
  starts_at: '2027-03-28T08:00:00.000Z',
  ends_at: '2027-03-28T10:30:00.000Z',
  online: true,
  online_url: 'https://webinar.example/utrecht',
  place: 'Zorggroep Veldhoven, Utrecht',
  province_code: 'PV26',
  capacity: 20,
  seats_taken: 4,
  waiting: 0,
  registration_deadline: '2027-03-25T16:00:00.000Z',
  recording_url: null,
  slides_url: null,
  version: 3,
  may_edit: false,
  my_registration: {
    participants: 2,
    contact_name: 'S',
    contact_email: 's@a.nl',
    status: 'registered',
    queue_position: null,
  },
};

describe('the event calendar file', () => {
  it('holds the event at its Amsterdam time, with place, link and a stable uid', () => {
    const text = eventCalendarFile(meeting, 'https://samenkaart.example/kennis/bijeenkomsten/x');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe('Regiobijeenkomst Utrecht: samen, een groep; starten');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-28T10:30:00.000Z');
    expect(event.location).toBe('Zorggroep Veldhoven, Utrecht · https://webinar.example/utrecht');
    expect(event.uid).toBe('event-11111111-2222-4333-8444-555555555555@samenkaart');
    expect(event.sequence).toBe(3);
    expect(event.description).toContain('https://samenkaart.example/kennis/bijeenkomsten/x');
  });
});
