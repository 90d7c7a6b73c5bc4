/**
 * The map of Central Asia and western China, drawn at build time as SVG path data from Natural
 * Earth (1:50m, shipped in the world-atlas package) with d3-geo. No tiles, no network, no script.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

export interface MapCountry {
  /** ISO 3166 numeric code, as in Natural Earth. */
  readonly isoNumeric: string;
  /** The Natural Earth name (for countries without a page). */
  readonly naturalEarthName: string;
  readonly path: string;
  /** Where the label goes, in SVG coordinates. */
  readonly labelAt: readonly [number, number];
}

export interface CentralAsiaMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly MapCountry[];
}

/** Longitude/latitude window of the map: Central Asia and western China. */
const WEST = 46;
const EAST = 98;
const SOUTH = 30;
const NORTH = 56;
/** The countries drawn: the five, China, and their neighbours for context. */
const DRAWN = ['398', '417', '762', '860', '795', '156', '643', '004', '364', '496', '586', '356'];
/** Label points for countries whose centroid falls outside the window or off their own land. */
const LABEL_POINTS: Record<string, [number, number]> = {
  '156': [86, 38],
  '643': [82, 54.5],
  '496': [95, 46],
  '364': [56, 32],
  '004': [65.5, 33.5],
  '586': [70, 30.8],
  '356': [77, 31],
};

const require = createRequire(import.meta.url);

export function centralAsiaMap(width = 720, height = 440): CentralAsiaMap {
  const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(world, world.objects.countries) as unknown as { features: Feature<Geometry, { name: string }>[] }).features;
  const window: GeoPermissibleObjects = {
    type: 'Polygon',
    coordinates: [
      [
        [WEST, SOUTH],
        [WEST, NORTH],
        [EAST, NORTH],
        [EAST, SOUTH],
        [WEST, SOUTH],
      ],
    ],
  };
  const projection = geoConicEqualArea()
    .parallels([35, 50])
    .rotate([-72, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      window,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    countries: DRAWN.map((iso) => {
      const shape = all.find((f) => f.id === iso);
      if (!shape) throw new Error(`world-atlas has no country ${iso}`);
      const point = projection(LABEL_POINTS[iso] ?? geoCentroid(shape)) ?? [0, 0];
      return {
        isoNumeric: iso,
        naturalEarthName: shape.properties.name,
        path: path(shape) ?? '',
        labelAt: [round(point[0]), round(point[1])] as const,
      };
    }),
  };
}
