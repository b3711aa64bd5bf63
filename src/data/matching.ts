import { MatchingNetwork } from '../domain/matching/network';
import type { MeetingPoint, PartnershipPlace, StudentSite } from '../domain/matching/types';
import type { Opleiding } from '../domain/vocabulary';
import type { PartnershipRow, SiteRow } from './schemas';

// The rows the map reads, as the matching model's terms: the one place where data becomes the
// network every screen asks (find a group, the ambassador's inbox, the coverage board).

/** Sites with students for the opleiding, each with its own travel limit for it. */
export function studentSites(sites: readonly SiteRow[], opleiding: Opleiding): StudentSite[] {
  return sites.flatMap((s) => {
    const demand = s.demand.find((d) => d.opleiding === opleiding);
    return demand
      ? [
          {
            siteId: s.id,
            organisationId: s.organisation_id,
            organisationName: s.organisation_name,
            place: s.place,
            lat: s.lat,
            lng: s.lng,
            students: demand.student_count,
            mode: demand.travel_mode,
            maxMinutes: demand.max_minutes,
            partnershipIds: s.partnership_ids,
            seeking: s.seeking.some((r) => r.opleiding === opleiding),
          },
        ]
      : [];
  });
}

/** Practice places (e.g. an SW-bedrijf) where a group could meet too. */
function practicePlaces(sites: readonly SiteRow[]): MeetingPoint[] {
  return sites
    .filter((s) => s.is_practice_place)
    .map((s) => ({
      siteId: s.id,
      organisationName: s.organisation_name,
      place: s.place,
      lat: s.lat,
      lng: s.lng,
    }));
}

export function partnershipPlaces(partnerships: readonly PartnershipRow[]): PartnershipPlace[] {
  return partnerships.map((p) => ({
    id: p.id,
    name: p.name,
    status: p.status,
    opleidingen: p.opleidingen,
    place: p.place,
    provinceCode: p.province_code,
    lat: p.lat,
    lng: p.lng,
    memberCount: p.member_count,
    maxMembers: p.max_members,
  }));
}

/** The matching network of one opleiding over the rows the map has. */
export function matchingNetwork(
  sites: readonly SiteRow[],
  partnerships: readonly PartnershipRow[],
  opleiding: Opleiding,
): MatchingNetwork {
  return new MatchingNetwork({
    opleiding,
    students: studentSites(sites, opleiding),
    partnerships: partnershipPlaces(partnerships),
    meetingPlaces: practicePlaces(sites),
  });
}
