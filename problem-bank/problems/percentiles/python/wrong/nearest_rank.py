def percentiles(data, q):
    ordered = sorted(data)
    last = len(ordered) - 1
    # Bug: takes the element at the nearest rank instead of interpolating between the two around h.
    return [ordered[min(last, int(last * p / 100.0 + 0.5))] for p in q]
