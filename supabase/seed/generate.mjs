// Generates supabase/seed.sql: a deterministic, fictitious but realistic data set (DESIGN §7).
// Organisations have invented names and sit at real municipality points (geo/sources/gemeenten.csv)
// in all 12 provinces. Run: node supabase/seed/generate.mjs  (same output every time).
//
// Shape, chosen so every journey has something real to show:
// - 7 provinces with an active partnership, 2 with only forming ones (Groningen, Limburg),
//   1 with only seekers (Drenthe), 2 empty (Flevoland, Zeeland);
// - ambassadors in 9 provinces (none in Drenthe, Flevoland, Zeeland);
// - five demo personas with fixed ids (see PERSONAS), used by the embedded persona switcher.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { mulberry32 } from './prng.mjs';
import { readGemeenten } from './synthetic-sites.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const provinces = JSON.parse(
  readFileSync(join(here, '..', '..', 'public', 'geo', 'provinces.geojson'), 'utf8'),
);
const random = mulberry32(20211001);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const chance = (p) => random() < p;
const uuid = () => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const q = (value) =>
  value === null || value === undefined
    ? 'null'
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : `'${String(value).replaceAll("'", "''")}'`;
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const provinceAt = (lng, lat) =>
  provinces.features.find((f) => turf.booleanPointInPolygon(turf.point([lng, lat]), f))?.id ?? null;

const gemeenten = readGemeenten();
const byProvince = new Map();
for (const g of gemeenten) {
  if (!byProvince.has(g.province_code)) byProvince.set(g.province_code, []);
  byProvince.get(g.province_code).push(g);
}

// Section - vocabulary (invented; any likeness to a real organisation is accidental)
const SMALL_PREFIX = [
  'Dagbesteding',
  'Zorgboerderij',
  'Werkplaats',
  'Stichting',
  'Leerwerkplek',
  'Ontmoetingsplek',
];
const SMALL_CORE = [
  'De Linde',
  'Het Anker',
  'De Boomgaard',
  'De Hooiberg',
  'Het Baken',
  'De Wilgen',
  'Het Erf',
  'De Vlinder',
  'De Hoeve',
  'De Kastanje',
  'Het Veld',
  'De Zwaluw',
  'De Molen',
  'Het Kompas',
  'De Brug',
  'De Eik',
  'Het Nest',
  'De Zonnebloem',
  'De Akker',
  'De Ploeg',
  'Het Wiel',
  'De Tuinen',
  'De Kas',
  'Het Pakhuis',
  'De Werf',
  'De Klaproos',
  'Het Hofje',
  'De Notenboom',
  'De Bijenkorf',
  'Het Groene Dak',
  'De Appelgaard',
  'De Vaart',
  'Het Knooppunt',
  'De Schuur',
];
const LARGE_CORE = [
  'Lindeborgh',
  'Horizonzorg',
  'Zorgkring',
  'Dagwerk',
  'Samenzorg',
  'Meerstroom',
  'Kompaszorg',
  'Veldhoven Zorgt',
  'Brugwerk',
  'Ankerpunt',
  'Wilgenhof',
  'Zonnehuis',
  'Eikenrode',
  'Vlinderhof',
];
const LARGE_PREFIX = ['Zorggroep', 'Stichting', 'Zorgorganisatie'];
const SW_NAMES = [
  'Werkbedrijf Ambacht',
  'Leerwerkbedrijf Vakwerk',
  'Werkbedrijf De Schakel',
  'SW-bedrijf Maatwerk',
  'Werkbedrijf Regiowerk',
];
const FIRST = [
  'Sanne',
  'Joost',
  'Fatima',
  'Pieter',
  'Anouk',
  'Mehmet',
  'Linda',
  'Bram',
  'Esther',
  'Yusuf',
  'Marloes',
  'Kees',
  'Noor',
  'Ruben',
  'Ilse',
  'Daan',
  'Samira',
  'Gerrit',
  'Lotte',
  'Thijs',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Kaya',
  'El Amrani',
  'Dekker',
  'Brouwer',
  'de Graaf',
  'van der Linden',
  'Kok',
];
const STREETS = [
  'Lindelaan',
  'Dorpsstraat',
  'Molenweg',
  'Kerkpad',
  'Schoolstraat',
  'Tuinstraat',
  'Boslaan',
  'Beukenweg',
  'Industrieweg',
  'Havenkade',
];
const OPLEIDINGEN = ['groen', 'facilitair', 'logistiek'];
const OPLEIDING_LABEL = { groen: 'Groen', facilitair: 'Facilitair', logistiek: 'Logistiek' };

// Section - plan per province
const PLAN = {
  PV20: { ambassador: true, partnerships: ['forming', 'forming'], seekers: 3 },
  PV21: { ambassador: true, partnerships: ['active', 'seeking'], seekers: 2 },
  PV22: { ambassador: false, partnerships: [], seekers: 3 },
  PV23: { ambassador: true, partnerships: ['active', 'forming', 'ended'], seekers: 2 },
  PV24: { ambassador: false, partnerships: [], seekers: 0 },
  PV25: { ambassador: true, partnerships: ['active', 'active', 'forming', 'seeking'], seekers: 3 },
  PV26: { ambassador: true, partnerships: ['active', 'forming', 'seeking'], seekers: 4 },
  PV27: { ambassador: true, partnerships: ['active', 'active', 'forming'], seekers: 3 },
  PV28: { ambassador: true, partnerships: ['active', 'forming', 'active'], seekers: 4 },
  PV29: { ambassador: false, partnerships: [], seekers: 0 },
  PV30: { ambassador: true, partnerships: ['active', 'active', 'forming'], seekers: 3 },
  PV31: { ambassador: true, partnerships: ['forming', 'forming'], seekers: 2 },
};
const ORGS_PER_PROVINCE = {
  PV20: 8,
  PV21: 9,
  PV22: 7,
  PV23: 11,
  PV24: 5,
  PV25: 14,
  PV26: 12,
  PV27: 13,
  PV28: 14,
  PV29: 5,
  PV30: 14,
  PV31: 8,
};

// Section - personas (fixed ids; the embedded app's "Bekijk als" switcher uses them)
export const PERSONAS = {
  smallProvider: '00000000-0000-4000-8000-000000000001',
  ambassador: '00000000-0000-4000-8000-000000000002',
  avz: '00000000-0000-4000-8000-000000000003',
  coordinator: '00000000-0000-4000-8000-000000000004',
  newcomer: '00000000-0000-4000-8000-000000000005',
};

const orgs = [];
const sites = [];
const demand = [];
const contacts = [];
const addresses = [];
const usedOrgNames = new Set();

function placeNear(province, anchor) {
  const towns = byProvince.get(province);
  const town = anchor && chance(0.7) ? anchor : pick(towns);
  for (let attempt = 0; attempt < 20; attempt++) {
    const km = 2.5 * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    const lat = +(town.lat + (km / 111.2) * Math.sin(angle)).toFixed(5);
    const lng = +(
      town.lng +
      (km / (111.2 * Math.cos((town.lat * Math.PI) / 180))) * Math.cos(angle)
    ).toFixed(5);
    if (provinceAt(lng, lat) === province) return { town, lat, lng };
  }
  return { town, lat: town.lat, lng: town.lng };
}

function uniqueName(base, town) {
  let name = base;
  if (usedOrgNames.has(name)) name = `${base} ${town.name}`;
  let n = 2;
  while (usedOrgNames.has(name)) name = `${base} ${town.name} ${n++}`;
  usedOrgNames.add(name);
  return name;
}

function addOrg({ province, kind, name, siteCount, id = uuid(), anchorTown }) {
  const home = anchorTown ?? pick(byProvince.get(province));
  const org = {
    id,
    name: uniqueName(name, home),
    kind,
    province,
    sectors:
      kind === 'grote_aanbieder'
        ? ['gehandicaptenzorg', pick(['ouderenzorg', 'jeugdzorg', 'verslavingszorg', 'basis-ggz'])]
        : ['gehandicaptenzorg'],
    vgn: kind === 'grote_aanbieder' ? true : chance(0.35),
    sites: [],
  };
  org.website = `https://www.${slug(org.name)}.example`;
  orgs.push(org);
  const contactName = `${pick(FIRST)} ${pick(LAST)}`;
  contacts.push({
    org: org.id,
    name: contactName,
    email: `contact@${slug(org.name)}.example`,
    phone: `06 ${int(1000, 9999)} ${int(1000, 9999)}`,
  });
  for (let i = 0; i < siteCount; i++) {
    const { town, lat, lng } = placeNear(province, home);
    const siteName =
      siteCount === 1
        ? `Locatie ${town.name}`
        : `Locatie ${town.name} ${String.fromCharCode(65 + i)}`;
    if (org.sites.some((s) => s.name === siteName)) continue;
    const site = {
      id: uuid(),
      org: org.id,
      name: siteName,
      place: town.name,
      lat,
      lng,
      province,
      practice: kind === 'sw_bedrijf' || chance(0.15),
    };
    org.sites.push(site);
    sites.push(site);
    addresses.push({
      site: site.id,
      street: `${pick(STREETS)} ${int(1, 140)}`,
      postcode: `${int(1000, 9999)} ${String.fromCharCode(65 + int(0, 25))}${String.fromCharCode(65 + int(0, 25))}`,
    });
    // Large providers have many small local sites; only some train students.
    if (kind === 'kleine_aanbieder' || (kind === 'grote_aanbieder' && chance(0.5))) {
      const count = kind === 'kleine_aanbieder' ? int(1, 2) : 1;
      const chosen = [...OPLEIDINGEN].sort(() => random() - 0.5).slice(0, count);
      for (const opleiding of chosen) {
        demand.push({
          id: uuid(),
          site: site.id,
          opleiding,
          students: kind === 'kleine_aanbieder' ? int(1, 5) : int(2, 5),
          mode: pick(['ov', 'ov', 'ov', 'auto', 'fiets']),
          minutes: pick([20, 30, 30, 30, 45, 45, 60]),
        });
      }
    }
  }
  return org;
}

// Section - organisations and sites
const utrecht = gemeenten.find((g) => g.code === 'GM0344');
const zeist = gemeenten.find((g) => g.code === 'GM0355');
const avzOrg = addOrg({
  province: 'PV26',
  kind: 'overig',
  name: 'Academie voor Zelfstandigheid',
  siteCount: 1,
  anchorTown: utrecht,
});
const provinceOrgs = new Map();
for (const province of Object.keys(PLAN)) {
  const list = [];
  const largeCount = province === 'PV24' || province === 'PV29' ? 1 : 2;
  for (let i = 0; i < largeCount; i++) {
    list.push(
      addOrg({
        province,
        kind: 'grote_aanbieder',
        name: `${pick(LARGE_PREFIX)} ${pick(LARGE_CORE)}`,
        siteCount: int(6, 10),
      }),
    );
  }
  if (chance(0.5) || province === 'PV26') {
    list.push(addOrg({ province, kind: 'sw_bedrijf', name: pick(SW_NAMES), siteCount: 1 }));
  }
  while (list.length < ORGS_PER_PROVINCE[province]) {
    list.push(
      addOrg({
        province,
        kind: 'kleine_aanbieder',
        name: `${pick(SMALL_PREFIX)} ${pick(SMALL_CORE)}`,
        siteCount: chance(0.3) ? 2 : 1,
      }),
    );
  }
  provinceOrgs.set(province, list);
}
// The demo small provider: one site in Zeist with 3 students for Assistent groen.
const demoSmall = addOrg({
  province: 'PV26',
  kind: 'kleine_aanbieder',
  name: 'Dagbesteding De Boomgaard Zeist',
  siteCount: 1,
  anchorTown: zeist,
});
for (const d of demand.filter((x) => demoSmall.sites.some((s) => s.id === x.site)))
  demand.splice(demand.indexOf(d), 1);
demand.push({
  id: uuid(),
  site: demoSmall.sites[0].id,
  opleiding: 'groen',
  students: 3,
  mode: 'ov',
  minutes: 30,
});
provinceOrgs.get('PV26').push(demoSmall);

// Section - ambassadors: the first large provider of each planned province
const ambassadors = [];
for (const [province, plan] of Object.entries(PLAN)) {
  if (!plan.ambassador) continue;
  const org = provinceOrgs.get(province).find((o) => o.kind === 'grote_aanbieder');
  ambassadors.push({
    id: uuid(),
    org: org.id,
    province,
    note: `Eerste aanspreekpunt voor nieuwe aanbieders in ${provinces.features.find((f) => f.id === province).properties.name}`,
  });
}

// Section - partnerships, memberships, agreements
const partnerships = [];
const memberships = [];
const agreements = [];
const audit = [];
const isoDate = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const usedPartnershipNames = new Set();
for (const [province, plan] of Object.entries(PLAN)) {
  const candidates = provinceOrgs
    .get(province)
    .filter((o) => o.kind !== 'sw_bedrijf' && o !== demoSmall);
  plan.partnerships.forEach((status, index) => {
    const coordinator =
      index === 0
        ? candidates.find((o) => o.kind === 'grote_aanbieder')
        : candidates[(index * 3 + 1) % candidates.length];
    const meeting = coordinator.sites[0];
    const opleidingen = [...OPLEIDINGEN]
      .sort(() => random() - 0.5)
      .slice(0, int(1, 2))
      .sort();
    let name = `${opleidingen.map((o) => OPLEIDING_LABEL[o]).join(' & ')} Samen ${meeting.place}`;
    while (usedPartnershipNames.has(name)) name += ' II';
    usedPartnershipNames.add(name);
    const formedYear =
      status === 'seeking' ? 2026 : status === 'ended' ? int(2021, 2022) : int(2021, 2024);
    const formedOn = isoDate(formedYear, int(1, 6), int(1, 28));
    const startDate =
      status === 'active' || status === 'ended'
        ? isoDate(Math.min(formedYear + 1, 2025), 9, 1)
        : null;
    const endDate = status === 'ended' ? isoDate(formedYear + 3, 7, 1) : null;
    const p = {
      id: province === 'PV26' && index === 0 ? '00000000-0000-4000-8000-0000000000a1' : uuid(),
      name,
      scheme: chance(0.2) ? 'top' : 'brancheopleiding',
      opleidingen,
      status,
      coordinator: coordinator.id,
      meetingSite: meeting.id,
      province,
      maxMembers: status === 'active' && index === 1 ? 4 : 10,
      formedOn,
      startDate,
      endDate,
      trainingYear: startDate ? Number(startDate.slice(0, 4)) : null,
    };
    partnerships.push(p);
    memberships.push({
      id: uuid(),
      partnership: p.id,
      org: coordinator.id,
      role: 'regiehouder',
      state: 'accepted',
      at: `${formedOn} 10:00:00+01`,
    });
    const others = candidates.filter((o) => o !== coordinator).sort(() => random() - 0.5);
    const accepted = status === 'seeking' ? 0 : Math.min(p.maxMembers - 1, int(2, 5));
    others.slice(0, accepted).forEach((o) =>
      memberships.push({
        id: uuid(),
        partnership: p.id,
        org: o.id,
        role: 'lid',
        state: status === 'ended' ? 'left' : 'accepted',
        at: `${formedOn} 12:00:00+01`,
      }),
    );
    if (status !== 'ended' && others[accepted]) {
      memberships.push({
        id: uuid(),
        partnership: p.id,
        org: others[accepted].id,
        role: 'lid',
        state: 'requested',
        at: `2026-11-${String(int(2, 18)).padStart(2, '0')} 09:30:00+01`,
        message: 'Wij hebben deelnemers voor deze opleiding en willen graag aansluiten.',
      });
    }
    if (status !== 'seeking') {
      for (const item of [
        'subsidieaanvrager',
        'trainers',
        'werkbegeleiders',
        'groepslocatie',
        'praktijkplaatsen',
      ]) {
        agreements.push({
          id: uuid(),
          partnership: p.id,
          item,
          responsible: coordinator.id,
          done: status !== 'forming' || chance(0.4),
        });
      }
    }
    audit.push({
      action: 'created',
      entity: 'partnership',
      entity_id: p.id,
      partnership: p.id,
      at: `${formedOn} 10:00:00+01`,
    });
  });
}

// Section - seekers: small providers without a partnership, not in Flevoland/Zeeland
const memberOrgIds = new Set(memberships.filter((m) => m.state === 'accepted').map((m) => m.org));
const seekers = [];
for (const [province, plan] of Object.entries(PLAN)) {
  const pool = provinceOrgs
    .get(province)
    .filter((o) => o.kind === 'kleine_aanbieder' && !memberOrgIds.has(o.id) && o !== demoSmall);
  const ambassador = ambassadors.find((a) => a.province === province);
  for (const org of pool.slice(0, plan.seekers)) {
    const site = org.sites[0];
    const d = demand.find((x) => x.site === site.id);
    seekers.push({
      id: uuid(),
      org: org.id,
      site: site.id,
      province,
      intent: chance(0.25) ? 'found' : 'join',
      opleiding: d.opleiding,
      students: d.students,
      mode: d.mode,
      minutes: d.minutes,
      routedTo: ambassador?.org ?? null,
      requestId: uuid(),
      at: `2026-${String(int(9, 11)).padStart(2, '0')}-${String(int(1, 20)).padStart(2, '0')} ${int(8, 16)}:15:00+01`,
    });
  }
}
seekers.push({
  id: uuid(),
  org: demoSmall.id,
  site: demoSmall.sites[0].id,
  province: 'PV26',
  intent: 'join',
  opleiding: 'groen',
  students: 3,
  mode: 'ov',
  minutes: 30,
  routedTo: ambassadors.find((a) => a.province === 'PV26').org,
  requestId: uuid(),
  at: '2026-11-09 10:00:00+01',
});

// Section - people (auth users + profiles for the personas)
const utrechtAmbassador = ambassadors.find((a) => a.province === 'PV26');
const utrechtActive = partnerships.find((p) => p.id === '00000000-0000-4000-8000-0000000000a1');
const people = [
  {
    id: PERSONAS.smallProvider,
    email: 'sanne@boomgaard.example',
    name: 'Sanne de Vries',
    org: demoSmall.id,
    role: 'medewerker',
  },
  {
    id: PERSONAS.ambassador,
    email: 'ambassadeur@utrecht.example',
    name: 'Joost Bakker',
    org: utrechtAmbassador.org,
    role: 'medewerker',
  },
  {
    id: PERSONAS.avz,
    email: 'coordinator@avz.example',
    name: 'Marloes Meijer',
    org: avzOrg.id,
    role: 'avz_coordinator',
  },
  {
    id: PERSONAS.coordinator,
    email: 'regiehouder@utrecht.example',
    name: 'Esther Visser',
    org: utrechtActive.coordinator,
    role: 'medewerker',
  },
];
if (utrechtActive.coordinator === utrechtAmbassador.org) {
  // The ambassador's organisation coordinates the big Utrecht partnership too; give the
  // coordinator persona the forming one instead so the two personas differ.
  const forming = partnerships.find((p) => p.province === 'PV26' && p.status === 'forming');
  people[3].org = forming.coordinator;
}

// Section - the workspace's starting points (after every random draw, so nothing else moves)
// Dates toward a group: TOP partnerships that are forming work toward their first training
// year; brancheopleidingen toward a planned start. Started groups had their material from the
// start; a started TOP partnership recorded its governance agreement and every signature.
for (const p of partnerships) {
  if (p.status === 'forming' || p.status === 'seeking') {
    if (p.scheme === 'top') p.trainingYear = 2028;
    else p.plannedStart = '2027-09-01';
  }
  if (p.startDate) p.materialAccess = p.startDate;
  if (p.endDate) p.completed = p.endDate;
  if (p.scheme === 'top' && p.status !== 'seeking' && p.status !== 'forming') {
    p.governance = isoDate(Number(p.formedOn.slice(0, 4)), 12, 1);
    for (const m of memberships)
      if (m.partnership === p.id && m.state === 'accepted')
        m.signed = `${p.formedOn.slice(0, 4)}-12-15`;
  }
}
// The coordinator persona's partnership is one member short of a facilitair group: accepting
// the open request (4 students) makes 10, once the partnership's own site counts one more.
{
  const coordinated = partnerships.find(
    (p) => p.coordinator === people[3].org && p.status === 'forming',
  );
  const own = demand.find(
    (d) =>
      d.opleiding === 'facilitair' &&
      sites.find((s) => s.id === d.site)?.org === coordinated?.coordinator &&
      d.minutes === 30,
  );
  if (own) own.students += 1;
}
// TOP partnerships span the sectors the scheme asks: four where the group started; three in a
// forming one that recorded its governance agreement and every signature, so only the fourth
// sector stands between it and a start.
const sectorsOf = (id) => orgs.find((o) => o.id === id).sectors;
function spreadSectors(partnership, count) {
  const members = memberships.filter(
    (m) => m.partnership === partnership.id && m.state !== 'requested',
  );
  const present = new Set(members.flatMap((m) => sectorsOf(m.org)));
  const extra = ['ouderenzorg', 'jeugdzorg', 'basis-ggz', 'revalidatie'].filter(
    (x) => !present.has(x),
  );
  for (let i = 0; present.size < count; i++) {
    const sector = extra.shift();
    sectorsOf(members[(members.length - 1 - i + members.length) % members.length].org).push(sector);
    present.add(sector);
  }
  return members;
}
for (const p of partnerships)
  if (p.scheme === 'top' && (p.status === 'active' || p.status === 'ended')) spreadSectors(p, 4);
{
  const top = partnerships.find((p) => p.scheme === 'top' && p.status === 'forming');
  const members = spreadSectors(top, 3);
  top.governance = '2026-10-01';
  for (const m of members) m.signed = '2026-10-15';
}

// Section - SQL
const lines = [];
const out = (s) => lines.push(s);
const values = (table, columns, rows) => {
  if (!rows.length) return;
  out(`insert into ${table} (${columns.join(', ')}) values`);
  out(rows.map((r) => `  (${r.map(q).join(', ')})`).join(',\n') + ';');
  out('');
};
out('-- Samenkaart demo data. GENERATED by supabase/seed/generate.mjs (seeded PRNG); do not edit.');
out('-- Organisations are fictitious; places are real municipalities. Runs after all migrations.');
out('');
values(
  'auth.users',
  ['id', 'email'],
  [
    ...people.map((p) => [p.id, p.email]),
    // Signed in but unknown: no profile or organisation until they register.
    [PERSONAS.newcomer, 'nieuw@aanbieder.example'],
  ],
);
values(
  'public.organisations',
  ['id', 'name', 'kind', 'sectors', 'website', 'is_vgn_member'],
  orgs.map((o) => [
    o.id,
    o.name,
    o.kind,
    `{${o.sectors.map((s) => `"${s}"`).join(',')}}`,
    o.website,
    o.vgn,
  ]),
);
values(
  'public.organisation_contacts',
  ['organisation_id', 'contact_name', 'email', 'phone'],
  contacts.map((c) => [c.org, c.name, c.email, c.phone]),
);
values(
  'public.profiles',
  ['user_id', 'organisation_id', 'role', 'display_name'],
  people.map((p) => [p.id, p.org, p.role, p.name]),
);
values(
  'public.sites',
  ['id', 'organisation_id', 'name', 'place', 'lat', 'lng', 'is_practice_place'],
  sites.map((s) => [s.id, s.org, s.name, s.place, s.lat, s.lng, s.practice]),
);
values(
  'public.site_addresses',
  ['site_id', 'street', 'postcode'],
  addresses.map((a) => [a.site, a.street, a.postcode]),
);
values(
  'public.demand',
  ['id', 'site_id', 'opleiding', 'student_count', 'travel_mode', 'max_minutes'],
  demand.map((d) => [d.id, d.site, d.opleiding, d.students, d.mode, d.minutes]),
);
values(
  'public.ambassadors',
  ['id', 'organisation_id', 'province_code', 'region_note', 'created_at'],
  ambassadors.map((a) => [a.id, a.org, a.province, a.note, '2021-03-01 09:00:00+01']),
);
values(
  'public.partnerships',
  [
    'id',
    'name',
    'scheme',
    'opleidingen',
    'status',
    'coordinator_org_id',
    'meeting_site_id',
    'max_members',
    'formed_on',
    'start_date',
    'end_date',
    'training_year',
    'planned_start',
    'material_access_on',
    'completed_on',
    'governance_signed_on',
    'created_at',
  ],
  partnerships.map((p) => [
    p.id,
    p.name,
    p.scheme,
    `{${p.opleidingen.join(',')}}`,
    p.status,
    p.coordinator,
    p.meetingSite,
    p.maxMembers,
    p.formedOn,
    p.startDate,
    p.endDate,
    p.trainingYear,
    p.plannedStart ?? null,
    p.materialAccess ?? null,
    p.completed ?? null,
    p.governance ?? null,
    `${p.formedOn} 10:00:00+01`,
  ]),
);
values(
  'public.memberships',
  [
    'id',
    'partnership_id',
    'organisation_id',
    'role',
    'state',
    'message',
    'decided_at',
    'created_at',
    'registration_signed_on',
  ],
  memberships.map((m) => [
    m.id,
    m.partnership,
    m.org,
    m.role,
    m.state,
    m.message ?? null,
    m.state === 'requested' ? null : m.at,
    m.at,
    m.signed ?? null,
  ]),
);
values(
  'public.agreements',
  ['id', 'partnership_id', 'item', 'responsible_org_id', 'done'],
  agreements.map((a) => [a.id, a.partnership, a.item, a.responsible, a.done]),
);
// The agreements that name sites: the group meets at the meeting site; settled practice places
// are practice sites in the province (or the coordinator's own site).
const agreementSites = [];
for (const a of agreements) {
  const p = partnerships.find((x) => x.id === a.partnership);
  if (a.item === 'groepslocatie') agreementSites.push([p.id, a.item, p.meetingSite]);
  if (a.item === 'praktijkplaatsen' && a.done) {
    const practice = sites.find(
      (s) => s.practice && s.province === p.province && s.org !== p.coordinator,
    );
    agreementSites.push([p.id, a.item, (practice ?? { id: p.meetingSite }).id]);
  }
}
values('public.agreement_sites', ['partnership_id', 'item', 'site_id'], agreementSites);
// The information pack: one Markdown file per page (supabase/seed/info), its first line the
// title, the number in its name the order; each page starts at version 1, saved by the AvZ.
const infoDir = new URL('./info/', import.meta.url);
const infoPages = readdirSync(infoDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file, index) => {
    const text = readFileSync(new URL(file, infoDir), 'utf8').trim();
    const [first, ...rest] = text.split('\n');
    return {
      id: uuid(),
      slug: file.replace(/^\d+-/, '').replace(/\.md$/, ''),
      title: first.replace(/^#\s+/, ''),
      body: rest.join('\n').trim(),
      position: (index + 1) * 10,
    };
  });
values(
  'public.info_pages',
  ['id', 'slug', 'title', 'body', 'position', 'updated_at', 'updated_by'],
  infoPages.map((p) => [
    p.id,
    p.slug,
    p.title,
    p.body,
    p.position,
    '2026-11-02 09:00:00+01',
    PERSONAS.avz,
  ]),
);
values(
  'public.info_page_versions',
  ['page_id', 'version', 'title', 'body', 'created_at', 'created_by'],
  infoPages.map((p) => [p.id, 1, p.title, p.body, '2026-11-02 09:00:00+01', PERSONAS.avz]),
);
// The knowledge network: a few questions members asked, with answers; one solved.
const otherOrg = orgs.find((o) => o.kind === 'kleine_aanbieder' && o.province === 'PV21');
const swOrg = orgs.find((o) => o.kind === 'sw_bedrijf' && o.province === 'PV26') ?? avzOrg;
const qa = [
  {
    q: [
      demoSmall.id,
      PERSONAS.smallProvider,
      'Hoe regelen jullie de werkbegeleiders voor een groep?',
      'Wij hebben drie deelnemers voor Assistent groen. Wie levert bij jullie de werkbegeleider, en hoeveel uur per week kost dat?',
      'praktijk',
      'PV26',
      '2026-11-10 10:15:00+01',
    ],
    a: [
      [
        utrechtAmbassador.org,
        PERSONAS.ambassador,
        'Bij ons levert elk lid een werkbegeleider voor de eigen deelnemers; de groepsdagen wisselen we af. Reken op een halve dag per week.',
        '2026-11-11 09:00:00+01',
      ],
      [
        avzOrg.id,
        PERSONAS.avz,
        'De werkbegeleider hoeft geen docent te zijn: de AvZ geeft een korte training. Leg in de afspraken vast wie het doet.',
        '2026-11-12 14:30:00+01',
      ],
    ],
    solvedBy: 0,
  },
  {
    q: [
      otherOrg.id,
      null,
      'Kunnen we subsidie aanvragen met zeven deelnemers?',
      'We zijn met twee kleine aanbieders en komen samen op zeven deelnemers voor Assistent logistiek.',
      'subsidie',
      'PV21',
      '2026-11-18 11:00:00+01',
    ],
    a: [
      [
        avzOrg.id,
        PERSONAS.avz,
        'De subsidie is er per groep van tien deelnemers. Zoek via Zoek een groep naar aanbieders binnen reisbereik; samen met een derde partner lukt het vaak.',
        '2026-11-19 08:45:00+01',
      ],
    ],
  },
  {
    q: [
      swOrg.id,
      null,
      'Wie heeft ervaring met een SW-bedrijf als praktijkplaats?',
      'Wij zijn een SW-bedrijf en willen praktijkplaatsen bieden aan deelnemers uit de dagbesteding.',
      'samenwerking',
      'PV26',
      '2026-11-24 16:20:00+01',
    ],
    a: [],
  },
];
const questionRows = [];
const answerRows = [];
for (const item of qa) {
  const id = uuid();
  const answers = item.a.map((a) => ({ id: uuid(), row: a }));
  questionRows.push([
    id,
    ...item.q,
    item.solvedBy === undefined ? null : answers[item.solvedBy].id,
  ]);
  for (const a of answers) answerRows.push([a.id, id, ...a.row]);
}
values(
  'public.questions',
  ['id', 'organisation_id', 'author', 'title', 'body', 'topic', 'province_code', 'created_at'],
  questionRows.map((r) => r.slice(0, 8)),
);
values(
  'public.answers',
  ['id', 'question_id', 'organisation_id', 'author', 'body', 'created_at'],
  answerRows,
);
for (const r of questionRows)
  if (r[8]) out(`update public.questions set solved_answer_id = ${q(r[8])} where id = ${q(r[0])};`);
out('');
values(
  'public.seeker_registrations',
  [
    'id',
    'organisation_id',
    'site_id',
    'province_code',
    'intent',
    'opleiding',
    'student_count',
    'travel_mode',
    'max_minutes',
    'routed_to_org_id',
    'client_request_id',
    'created_at',
  ],
  seekers.map((s) => [
    s.id,
    s.org,
    s.site,
    s.province,
    s.intent,
    s.opleiding,
    s.students,
    s.mode,
    s.minutes,
    s.routedTo,
    s.requestId,
    s.at,
  ]),
);
values(
  'public.audit_log',
  ['at', 'action', 'entity', 'entity_id', 'partnership_id'],
  audit.map((a) => [a.at, a.action, a.entity, a.entity_id, a.partnership]),
);

// Section - webinars and meetings: the sector's two past webinars (2021), and upcoming ones
// planned relative to the day the seed is loaded (Amsterdam clock), so the demo always has a next
// webinar. Registrations come from organisations with their contact; one meeting is full with a
// waiting list, one has two places left.
const contactOf = (orgId) => contacts.find((c) => c.org === orgId);
// A working day `days` ahead, outside the Christmas break, at a time on the Amsterdam clock.
const ahead = (days, time) =>
  `(pg_temp.seed_day(${days}) + interval '${time}') at time zone 'Europe/Amsterdam'`;
/** A deadline `days` before the event that starts `startDays` ahead, at a time of that day. */
const before = (startDays, days, time) =>
  `(pg_temp.seed_day(${startDays}) - interval '${days} days' + interval '${time}') at time zone 'Europe/Amsterdam'`;
out(`create function pg_temp.seed_day(days integer) returns timestamp language sql as $$
  with d as (select (now() at time zone 'Europe/Amsterdam')::date + days as day),
  outside_break as (
    select case when (extract(month from day) = 12 and extract(day from day) >= 21)
                  or (extract(month from day) = 1 and extract(day from day) <= 4)
                then day + 14 else day end as day from d)
  select (day + case extract(isodow from day) when 6 then 2 when 7 then 1 else 0 end)::timestamp
  from outside_break
$$;`);
const events = [
  {
    title: 'Erkende brancheopleidingen in de dagbesteding',
    description:
      'De startwebinar: wat de brancheopleidingen Assistent groen, facilitair en logistiek zijn, waarom een groep tien deelnemers telt en hoe aanbieders samen een groep vormen.',
    starts: `'2021-04-20 15:00:00+02'`,
    ends: `'2021-04-20 16:30:00+02'`,
    deadline: `'2021-04-19 17:00:00+02'`,
    online: 'https://webinar.avz.example/brancheopleidingen-2021',
    capacity: 250,
    recording: 'https://webinar.avz.example/opnames/brancheopleidingen-2021',
    slides: 'https://webinar.avz.example/dia/brancheopleidingen-2021.pdf',
    registrants: 9,
  },
  {
    title: 'Financiering van de brancheopleidingen',
    description:
      'Webinar over de financiering: de subsidie van VWS per groep van tien, alleen of met regionale partners aanvragen, en wat de TOP-regeling daarnaast vraagt.',
    starts: `'2021-06-01 15:00:00+02'`,
    ends: `'2021-06-01 16:00:00+02'`,
    deadline: `'2021-05-31 17:00:00+02'`,
    online: 'https://webinar.avz.example/financiering-2021',
    capacity: 250,
    recording: 'https://webinar.avz.example/opnames/financiering-2021',
    slides: 'https://webinar.avz.example/dia/financiering-2021.pdf',
    registrants: 7,
  },
  {
    title: 'Een groep van tien vormen: de eerste stappen',
    description:
      'Voor aanbieders die willen beginnen: hoe u in Samenkaart aanbieders binnen reisbereik vindt, een verband opricht en de afspraken maakt die de subsidie vraagt. Met vragen van deelnemers.',
    starts: ahead(16, '15 hours'),
    ends: ahead(16, '16 hours'),
    deadline: before(16, 1, '12 hours'),
    online: 'https://webinar.avz.example/eerste-stappen',
    capacity: 100,
    registrants: 6,
  },
  {
    title: 'Regiobijeenkomst Utrecht: samen een groep starten',
    description:
      'Aanbieders uit de provincie Utrecht ontmoeten elkaar en de ambassadeur. We brengen in kaart wie deelnemers heeft voor welke opleiding en welke locaties een groep kunnen ontvangen.',
    starts: ahead(23, '13 hours 30 minutes'),
    ends: ahead(23, '16 hours'),
    deadline: before(23, 3, '17 hours'),
    place: `${utrechtAmbassador ? orgs.find((o) => o.id === utrechtAmbassador.org).name : 'AvZ'}, Utrecht`,
    province: 'PV26',
    capacity: 20,
    registrants: 6,
    fill: 18,
  },
  {
    title: 'Regiobijeenkomst Gelderland: praktijkplaatsen delen',
    description:
      'Hoe leden van een verband elkaars praktijkplaatsen en werkbegeleiders benutten, met voorbeelden uit de regio.',
    starts: ahead(30, '10 hours'),
    ends: ahead(30, '12 hours 30 minutes'),
    deadline: before(30, 3, '17 hours'),
    place: 'Arnhem, centrum',
    province: 'PV25',
    capacity: 15,
    registrants: 6,
    fill: 15,
    waiting: 1,
  },
  {
    title: 'De TOP-regeling: de aanvraag voor 1 maart',
    description:
      'Voor regiehouders van een TOP-verband: de stappen en termijnen, de bestuurlijke afspraak, de handtekening van elk lid en wat er na de aanvraag gebeurt.',
    starts: ahead(44, '15 hours'),
    ends: ahead(44, '16 hours 30 minutes'),
    deadline: before(44, 1, '12 hours'),
    online: 'https://webinar.avz.example/top-aanvraag',
    capacity: 150,
    registrants: 4,
  },
];
const eventRegistrants = orgs.filter(
  (o) => o.kind !== 'sw_bedrijf' && o.id !== demoSmall.id && o.id !== avzOrg.id && contactOf(o.id),
);
out('-- Webinars and meetings (upcoming ones relative to the day the seed is loaded).');
let registrantCursor = 0;
for (const [index, e] of events.entries()) {
  const id = uuid();
  out(
    `insert into public.events (id, title, description, starts_at, ends_at, registration_deadline, online_url, place, province_code, capacity, recording_url, slides_url, created_by, created_at) values (${[
      q(id),
      q(e.title),
      q(e.description),
      e.starts,
      e.ends,
      e.deadline,
      q(e.online ?? null),
      q(e.place ?? null),
      q(e.province ?? null),
      e.capacity,
      q(e.recording ?? null),
      q(e.slides ?? null),
      q(PERSONAS.avz),
      index < 2 ? `'2021-03-15 09:00:00+01'` : `now() - interval '10 days'`,
    ].join(', ')});`,
  );
  // Spread `fill` places (or 1–3 each) over the registrants; then the waiting list.
  let left = e.fill ?? Infinity;
  for (let i = 0; i < e.registrants + (e.waiting ?? 0); i++) {
    const org = eventRegistrants[registrantCursor++ % eventRegistrants.length];
    const contact = contactOf(org.id);
    const waiting = i >= e.registrants;
    const share = e.fill ? Math.ceil(left / (e.registrants - i)) : 1 + (i % 3);
    const participants = waiting ? 3 : Math.min(share, left);
    if (!waiting) left -= participants;
    out(
      `insert into public.event_registrations (event_id, organisation_id, participants, contact_name, contact_email, status, queued_at) values (${[
        q(id),
        q(org.id),
        participants,
        q(contact.name),
        q(contact.email),
        q(waiting ? 'waiting' : 'registered'),
        index < 2
          ? `${e.starts}::timestamptz - interval '${20 - i} days'`
          : `now() - interval '${9 - i} days'`,
      ].join(', ')});`,
    );
  }
}
out('');

const target = process.argv[2] ?? join(here, '..', 'seed.sql');
writeFileSync(target, lines.join('\n'));
console.log(
  `wrote ${target}: ${orgs.length} organisations, ${sites.length} sites, ${partnerships.length} partnerships, ` +
    `${memberships.length} memberships, ${seekers.length} seekers, ${ambassadors.length} ambassadors`,
);
