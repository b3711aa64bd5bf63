// One-time MapLibre globals. maplibre-gl 5+ ships its worker as a separate module; without an
// explicit URL the built app asks for a worker path that does not exist.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
// Start the workers as soon as this chunk arrives, not when the map is constructed after the
// page's first render: they load and compile while React renders the shell.
prewarm();
