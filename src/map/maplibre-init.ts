// One-time MapLibre globals. maplibre-gl 5+ ships its worker as a separate module; without an
// explicit URL the built app asks for a worker path that does not exist.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
