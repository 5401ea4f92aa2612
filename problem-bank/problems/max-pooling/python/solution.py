import math


def max_pool(x, size, stride):
    h = len(x)
    w = len(x[0]) if h else 0
    if h < size or w < size:
        return []
    out_h = (h - size) // stride + 1
    out_w = (w - size) // stride + 1
    # Max pooling is separable: pool every row across, then combine `size` pooled rows down.
    across = [windows_max([row[b::stride] for b in range(size)], out_w) for row in x]
    return [windows_max([across[i * stride + a] for a in range(size)], out_w) for i in range(out_h)]


def windows_max(parts, count):
    """Elementwise max of the first `count` items of each sequence in parts; NaN wins."""
    parts = [p[:count] for p in parts]
    best = list(map(max, *parts)) if len(parts) > 1 else parts[0]
    # Python's max skips a NaN that is not first; the Java reference lets NaN through (Math.max).
    if any(math.isnan(sum(p)) for p in parts):
        best = [math.nan if any(v != v for v in column) else m for m, column in zip(best, zip(*parts))]
    return best
