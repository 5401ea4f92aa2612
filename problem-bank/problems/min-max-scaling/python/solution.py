import math


def scale(data):
    present = [v for v in data if not math.isnan(v)]
    if not present:
        return [math.nan] * len(data)
    low = min(present)
    spread = max(present) - low
    if spread > 0:
        return [(v - low) / spread for v in data]  # NaN stays NaN
    # A constant input has no range to divide by: every value maps to 0.
    return [v if math.isnan(v) else 0.0 for v in data]
