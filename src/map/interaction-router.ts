/**
 * One place that decides what a click or a pointer movement on the map means. Features register
 * what they want from which layers; the router asks the map once per event which features lie
 * under the pointer and hands the event to the registrations of the layer with the highest
 * priority. Features therefore never query each other's layers, and a new layer only needs an
 * entry in the priority table.
 */

/** The part of MapLibre's map the router uses (a fake in tests). */
export interface RoutedMap {
  on(type: 'click' | 'mousemove' | 'mouseout', listener: (e: RoutedEvent) => void): unknown;
  off(type: 'click' | 'mousemove' | 'mouseout', listener: (e: RoutedEvent) => void): unknown;
  getLayer(id: string): unknown;
  queryRenderedFeatures(
    point: [number, number],
    options: { layers: string[] },
  ): { layer: { id: string }; properties: Record<string, unknown> | null }[];
  getCanvas(): { style: { cursor: string } };
}

export interface RoutedEvent {
  point: { x: number; y: number };
  lngLat: { lat: number; lng: number };
}

/** The feature an event landed on. */
export interface MapHit {
  layer: string;
  properties: Record<string, unknown>;
  /** Where on the map canvas, in CSS pixels. */
  point: [number, number];
}

export interface MapInteraction {
  /** The layers this registration answers for; empty = clicks that hit no routed layer. */
  layers: readonly string[];
  onClick?: (hit: MapHit | null, event: RoutedEvent) => void;
  /** Called with the hit when the pointer comes onto one of `layers`, and with null when it leaves. */
  onHover?: (hit: MapHit | null) => void;
}

/**
 * Higher wins when features of several layers lie under the pointer; layers not listed count as 0.
 * Within one priority, the feature drawn on top wins.
 */
export type LayerPriority = Readonly<Record<string, number>>;

export class MapInteractionRouter {
  private readonly interactions = new Set<MapInteraction>();
  private readonly hovering = new Map<MapInteraction, string>();

  constructor(
    private readonly map: RoutedMap,
    private readonly priority: LayerPriority,
  ) {
    map.on('click', this.handleClick);
    map.on('mousemove', this.handleMove);
    map.on('mouseout', this.handleLeave);
  }

  add(interaction: MapInteraction): () => void {
    this.interactions.add(interaction);
    return () => {
      if (this.hovering.has(interaction)) interaction.onHover?.(null);
      this.hovering.delete(interaction);
      this.interactions.delete(interaction);
    };
  }

  destroy() {
    this.map.off('click', this.handleClick);
    this.map.off('mousemove', this.handleMove);
    this.map.off('mouseout', this.handleLeave);
    this.interactions.clear();
    this.hovering.clear();
  }

  private readonly handleClick = (e: RoutedEvent) => {
    const clickable = this.registrations('onClick');
    const hit = this.topHit(e, clickable);
    const targets = hit
      ? clickable.filter((i) => i.layers.includes(hit.layer))
      : [...this.interactions].filter((i) => i.onClick && i.layers.length === 0);
    for (const interaction of targets) interaction.onClick?.(hit, e);
  };

  private readonly handleMove = (e: RoutedEvent) => {
    const hoverable = this.registrations('onHover');
    const hit = this.topHit(e, [...hoverable, ...this.registrations('onClick')]);
    for (const interaction of hoverable) {
      const mine = hit && interaction.layers.includes(hit.layer) ? hit : null;
      this.setHover(interaction, mine);
    }
    const clickable =
      hit && this.registrations('onClick').some((i) => i.layers.includes(hit.layer));
    this.map.getCanvas().style.cursor = clickable ? 'pointer' : '';
  };

  private readonly handleLeave = () => {
    for (const interaction of [...this.hovering.keys()]) this.setHover(interaction, null);
    this.map.getCanvas().style.cursor = '';
  };

  private setHover(interaction: MapInteraction, hit: MapHit | null) {
    const key = hit
      ? `${hit.layer}\u0000${String(hit.properties.id ?? hit.properties.code)}`
      : null;
    const before = this.hovering.get(interaction) ?? null;
    if (key === before && !hit) return;
    if (key) this.hovering.set(interaction, key);
    else this.hovering.delete(interaction);
    // A moving pointer over the same feature still reports its new position (tooltips follow it).
    interaction.onHover?.(hit);
  }

  private registrations(handler: 'onClick' | 'onHover'): MapInteraction[] {
    return [...this.interactions].filter((i) => i[handler] && i.layers.length > 0);
  }

  private topHit(e: RoutedEvent, candidates: MapInteraction[]): MapHit | null {
    const layers = [...new Set(candidates.flatMap((i) => i.layers))].filter((id) =>
      this.map.getLayer(id),
    );
    if (layers.length === 0) return null;
    const point: [number, number] = [e.point.x, e.point.y];
    let best: MapHit | null = null;
    let bestPriority = -Infinity;
    // Features come top-most first; a later one wins only with a strictly higher priority.
    for (const feature of this.map.queryRenderedFeatures(point, { layers })) {
      const rank = this.priority[feature.layer.id] ?? 0;
      if (rank > bestPriority) {
        best = { layer: feature.layer.id, properties: feature.properties ?? {}, point };
        bestPriority = rank;
      }
    }
    return best;
  }
}
