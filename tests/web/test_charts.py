"""Chart geometry stays inside its box and splits conflict from cooperation."""

from __future__ import annotations

from lagebild.web.charts import conflict_timeline, is_conflict, network_layout, place_map


def test_place_map_points_inside_box() -> None:
    chart = place_map(
        [
            {"name": "Genf", "lat": 46.2, "lon": 6.15},
            {"name": "Kiew", "lat": 50.45, "lon": 30.52},
            {"name": "ohne", "lat": None, "lon": None},
        ]
    )
    assert chart is not None
    assert [p["name"] for p in chart["points"]] == ["Genf", "Kiew"]
    for point in chart["points"]:
        assert 0 <= point["x"] <= chart["width"] and 0 <= point["y"] <= chart["height"]
    genf, kiew = chart["points"]
    assert genf["x"] < kiew["x"] and genf["y"] > kiew["y"]  # west and south of Kiew
    assert place_map([]) is None


def test_conflict_timeline_splits_by_quad_class() -> None:
    events = [
        {"published": "2022-01-10", "quad_class": "verbal conflict"},
        {"published": "2022-01-20", "quad_class": "verbal cooperation"},
        {"published": "2022-02-01", "type": "ASSAULT", "quad_class": None},
        {"published": None, "type": "AGREE"},
    ]
    chart = conflict_timeline(events)
    assert chart is not None
    assert [(b["period"], b["cooperation"], b["conflict"]) for b in chart["bars"]] == [
        ("2022-01", 1, 1),
        ("2022-02", 0, 1),
    ]
    assert conflict_timeline([]) is None
    assert is_conflict(None, "THREATEN") and not is_conflict(None, "AID")


def test_network_layout_is_deterministic_and_inside() -> None:
    edges = [
        {"source": "RUS", "target": "UKR", "quad_class": "material conflict", "n": 5},
        {"source": "USA", "target": "RUS", "quad_class": "verbal cooperation", "n": 2},
        {"source": "UKR", "target": "UKR", "quad_class": None, "n": 9},
    ]
    first, second = network_layout(edges), network_layout(edges)
    assert first == second
    assert {node["name"] for node in first["nodes"]} == {"RUS", "UKR", "USA"}
    assert {(e["source"], e["target"], e["kind"]) for e in first["edges"]} == {
        ("RUS", "UKR", "conflict"),
        ("RUS", "USA", "cooperation"),
    }
    for node in first["nodes"]:
        assert 0 <= node["x"] <= first["size"] and 0 <= node["y"] <= first["size"]
