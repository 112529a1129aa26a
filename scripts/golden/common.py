"""Shared helpers for the golden-vector generators: deterministic JSON output.

Each generator module builds a list of cases from scipy/statsmodels (the independent oracle) and
calls write_vectors(name, cases, oracle). Infinities and NaN are written as "inf", "-inf", "nan",
which the Swift tests decode with JSONDecoder's nonConformingFloatDecodingStrategy.
"""
import json
import math
import os

GOLDEN_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StatisticsTests", "Golden")


def _clean(value):
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return value
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        return _clean(value.item())  # numpy scalars
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    return value


def write_vectors(name, cases, oracle):
    """Writes Tests/StatisticsTests/Golden/<name>.json with a stable layout."""
    os.makedirs(GOLDEN_DIR, exist_ok=True)
    document = {"generator": f"scripts/golden/{name}", "oracle": oracle, "cases": _clean(cases)}
    path = os.path.join(GOLDEN_DIR, f"{name}.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, sort_keys=True, allow_nan=False)
        handle.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(path)}")
