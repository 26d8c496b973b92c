"""Chart geometry computed in Python; the templates draw it as inline SVG.

Each function returns plain data (coordinates, heights, labels), so the JSON twin of a
page carries the chart too and the template only places shapes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

MAP_WIDTH, MAP_HEIGHT = 360, 200


def is_conflict(quad_class: str | None, type: str | None = None) -> bool:
    """PLOVER quad classes name conflict or cooperation; the type decides without one."""
    if quad_class:
        return "conflict" in quad_class
    return (type or "") in _conflict_types()


def _conflict_types() -> frozenset[str]:
    return frozenset(
        {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    )


def place_map(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Points of places with coordinates, projected equirectangularly into a padded box."""
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return None
    lats = [p["lat"] for p in located]
    lons = [p["lon"] for p in located]
    pad = 5.0
    south, north = max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)
    west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    # Keep degrees square so shapes are not stretched.
    scale = min(MAP_WIDTH / max(east - west, 1e-6), MAP_HEIGHT / max(north - south, 1e-6))
    x0 = (MAP_WIDTH - (east - west) * scale) / 2
    y0 = (MAP_HEIGHT - (north - south) * scale) / 2
    points = [
        {
            "name": p["name"],
            "country": p.get("country"),
            "lat": p["lat"],
            "lon": p["lon"],
            "x": round(x0 + (p["lon"] - west) * scale, 1),
            "y": round(y0 + (north - p["lat"]) * scale, 1),
            "r": round(3 + min(5, math.log2(1 + p.get("mentions", 1))), 1),
        }
        for p in located
    ]
    grid = []
    step = 10 if max(east - west, north - south) <= 90 else 30
    for lon in range(math.ceil(west / step) * step, int(east) + 1, step):
        x = round(x0 + (lon - west) * scale, 1)
        grid.append({"x1": x, "y1": 0, "x2": x, "y2": MAP_HEIGHT, "label": f"{lon}°"})
    for lat in range(math.ceil(south / step) * step, int(north) + 1, step):
        y = round(y0 + (north - lat) * scale, 1)
        grid.append({"x1": 0, "y1": y, "x2": MAP_WIDTH, "y2": y, "label": f"{lat}°"})
    return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": points, "grid": grid}


def conflict_timeline(
    events: list[dict[str, Any]], width: int = 600, height: int = 180
) -> dict[str, Any] | None:
    """Per month: cooperation bars up, conflict bars down from a middle line."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for event in events:
        if not event.get("published"):
            continue
        period = event["published"][:7]
        counts[period][1 if is_conflict(event.get("quad_class"), event.get("type")) else 0] += 1
    if not counts:
        return None
    periods = sorted(counts)
    peak = max(max(pair) for pair in counts.values()) or 1
    middle = height / 2
    slot = width / len(periods)
    bar = max(2.0, min(40.0, slot * 0.7))
    bars = []
    for index, period in enumerate(periods):
        cooperation, conflict = counts[period]
        x = round(index * slot + (slot - bar) / 2, 1)
        up = round(cooperation / peak * (middle - 14), 1)
        down = round(conflict / peak * (middle - 14), 1)
        bars.append(
            {
                "period": period,
                "cooperation": cooperation,
                "conflict": conflict,
                "x": x,
                "width": round(bar, 1),
                "up_y": round(middle - up, 1),
                "up_h": up,
                "down_y": middle,
                "down_h": down,
                "label_x": round(index * slot + slot / 2, 1),
            }
        )
    return {
        "width": width,
        "height": height,
        "middle": middle,
        "bars": bars,
        "peak": peak,
        "label_every": max(1, len(periods) // 8),
    }


def network_layout(
    edges: list[dict[str, Any]], max_nodes: int = 40, size: int = 600, iterations: int = 120
) -> dict[str, Any]:
    """A Fruchterman-Reingold layout of the busiest actors, deterministic (circle start)."""
    weight: dict[str, int] = defaultdict(int)
    pairs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for edge in edges:
        source, target = edge["source"], edge["target"]
        if source == target:
            continue
        weight[source] += edge["n"]
        weight[target] += edge["n"]
        key = (min(source, target), max(source, target))
        pairs[key][1 if is_conflict(edge.get("quad_class")) else 0] += edge["n"]
    names = sorted(weight, key=lambda name: (-weight[name], name))[:max_nodes]
    if not names:
        return {"size": size, "nodes": [], "edges": []}
    index = {name: i for i, name in enumerate(names)}
    links = [
        (index[a], index[b], sum(c)) for (a, b), c in pairs.items() if a in index and b in index
    ]
    positions = [
        [math.cos(2 * math.pi * i / len(names)), math.sin(2 * math.pi * i / len(names))]
        for i in range(len(names))
    ]
    ideal = math.sqrt(4.0 / len(names))
    temperature = 0.2
    for _ in range(iterations):
        shift = [[0.0, 0.0] for _ in names]
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                dx = positions[i][0] - positions[j][0]
                dy = positions[i][1] - positions[j][1]
                distance = math.hypot(dx, dy) or 1e-3
                push = ideal * ideal / distance
                shift[i][0] += dx / distance * push
                shift[i][1] += dy / distance * push
                shift[j][0] -= dx / distance * push
                shift[j][1] -= dy / distance * push
        for i, j, _n in links:
            dx = positions[i][0] - positions[j][0]
            dy = positions[i][1] - positions[j][1]
            distance = math.hypot(dx, dy) or 1e-3
            pull = distance * distance / ideal
            shift[i][0] -= dx / distance * pull
            shift[i][1] -= dy / distance * pull
            shift[j][0] += dx / distance * pull
            shift[j][1] += dy / distance * pull
        for i, (sx, sy) in enumerate(shift):
            length = math.hypot(sx, sy) or 1e-9
            step = min(length, temperature)
            positions[i][0] += sx / length * step
            positions[i][1] += sy / length * step
        temperature *= 0.97
    xs = [p[0] for p in positions]
    ys = [p[1] for p in positions]
    margin = 40

    def fit(value: float, low: float, high: float) -> float:
        return round(margin + (value - low) / ((high - low) or 1) * (size - 2 * margin), 1)

    top = max(weight[name] for name in names)
    nodes = [
        {
            "name": name,
            "weight": weight[name],
            "x": fit(xs[i], min(xs), max(xs)),
            "y": fit(ys[i], min(ys), max(ys)),
            "r": round(4 + 12 * math.sqrt(weight[name] / top), 1),
        }
        for i, name in enumerate(names)
    ]
    drawn = []
    for (a, b), (cooperation, conflict) in sorted(pairs.items()):
        if a in index and b in index:
            first, second = nodes[index[a]], nodes[index[b]]
            drawn.append(
                {
                    "source": a,
                    "target": b,
                    "cooperation": cooperation,
                    "conflict": conflict,
                    "x1": first["x"],
                    "y1": first["y"],
                    "x2": second["x"],
                    "y2": second["y"],
                    "width": round(1 + math.log2(cooperation + conflict), 1),
                    "kind": "conflict" if conflict > cooperation else "cooperation",
                }
            )
    return {"size": size, "nodes": nodes, "edges": drawn}
