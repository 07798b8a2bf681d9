#!/usr/bin/env python3
"""Derives src/Avance/Data/Reference/mexico-states.json from the INEGI state shapes in ../shared/data/geo.

Run from the repository root when the source shapes change:

    python3 tools/simplify-mexico-states.py ../shared/data/geo > src/Avance/Data/Reference/mexico-states.json

Simplification works on the TopoJSON arcs rather than on each state's rings, so a border two states share is
simplified once and both states keep exactly the same line: no slivers or gaps appear between neighbours.
Names come from the GeoJSON of the same source, keyed by the INEGI code.
"""
import json
import math
import sys
from pathlib import Path

TOLERANCE_DEGREES = 0.02  # about 2 km: under a pixel at the sizes the map is drawn
DECIMALS = 3
MIN_ISLAND_AREA = 0.004  # square degrees; smaller islands vanish at page size anyway


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def distance_to_segment(point, start, end):
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length_squared = dx * dx + dy * dy
    if length_squared == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length_squared))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points, tolerance):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            d = distance_to_segment(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep) if kept]


def simplify_arc(points):
    if len(points) < 3:
        return points
    if points[0] == points[-1]:
        # A closed arc (an island) has no chord to measure from: split it at its point farthest from the start.
        far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - points[0][0], points[i][1] - points[0][1]))
        return douglas_peucker(points[: far + 1], TOLERANCE_DEGREES)[:-1] + douglas_peucker(points[far:], TOLERANCE_DEGREES)
    return douglas_peucker(points, TOLERANCE_DEGREES)


def ring_from_arcs(indexes, arcs):
    ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(points if not ring else points[1:])
    return ring


def signed_area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def rounded(ring):
    out = []
    for x, y in ring:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def polygons_of(geometry, arcs):
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    rings = [[rounded(ring_from_arcs(ring, arcs)) for ring in polygon] for polygon in polygons]
    rings = [polygon for polygon in rings if len(polygon[0]) >= 4]
    largest = max(abs(signed_area(polygon[0])) for polygon in rings)
    return [
        [ring for ring in polygon if len(ring) >= 4]
        for polygon in rings
        if abs(signed_area(polygon[0])) >= MIN_ISLAND_AREA or abs(signed_area(polygon[0])) == largest
    ]


def main(folder):
    folder = Path(folder)
    topology = json.loads((folder / "mexico-states-inegi.topo.json").read_text(encoding="utf-8"))
    names = {
        feature["id"]: feature["properties"]["state_name"]
        for feature in json.loads((folder / "mexico-states-inegi.geojson").read_text(encoding="utf-8"))["features"]
    }
    arcs = [simplify_arc(arc) for arc in decode_arcs(topology)]
    features = []
    for geometry in topology["objects"]["state"]["geometries"]:
        code = geometry["properties"]["id"]
        polygons = polygons_of(geometry, arcs)
        features.append({
            "type": "Feature",
            "id": code,
            "properties": {"code": code, "name": names[code]},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    features.sort(key=lambda f: f["id"])
    collection = {
        "type": "FeatureCollection",
        "attribution": "Derived by simplification from diegovalle/mxmaps (BSD-3-Clause, (c) 2016 Diego Valle-Jones); "
                       "geometry: INEGI, Cartografia Geoestadistica Urbana y Rural Amanzanada, Planeacion de la Encuesta Intercensal 2015, used under INEGI's free-use terms.",
        "features": features,
    }
    json.dump(collection, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo")
