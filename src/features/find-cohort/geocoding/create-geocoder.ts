import gemeenten from '../../../../geo/sources/gemeenten.csv?rows';
import { env } from '../../../config/env';
import { Gazetteer } from './gazetteer';
import type { Geocoder } from './geocoder';
import { CombinedGeocoder, PdokLocatieserver } from './pdok-locatieserver';

let geocoder: Geocoder | null = null;
let gazetteer: Gazetteer | null = null;

/** The bundled list of municipalities (always offline). */
export function getGazetteer(): Gazetteer {
  gazetteer ??= new Gazetteer(gemeenten);
  return gazetteer;
}

/** The app's geocoder: offline gazetteer, plus PDOK Locatieserver when VITE_GEOCODER=pdok. */
export function getGeocoder(): Geocoder {
  if (!geocoder) {
    geocoder =
      env.VITE_GEOCODER === 'pdok'
        ? new CombinedGeocoder(getGazetteer(), new PdokLocatieserver())
        : getGazetteer();
  }
  return geocoder;
}
