def cluster(points, k, initial_centroids):
    n = len(points)
    if n == 0:
        return []
    d = len(points[0])
    centroids = [list(c) for c in initial_centroids]
    labels = [-1] * n
    while _assign(points, centroids, labels):
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for point, label in zip(points, labels):
            counts[label] += 1
            row = sums[label]
            for t in range(d):
                row[t] += point[t]
        for j in range(k):
            # An empty cluster keeps its centroid rather than dividing by zero.
            if counts[j] > 0:
                centroids[j] = [s / counts[j] for s in sums[j]]
    return labels


def _assign(points, centroids, labels):
    """Nearest centroid for every point (the lower index wins a tie); True if any label moved."""
    changed = False
    for i, point in enumerate(points):
        best = 0
        best_distance = _squared_distance(point, centroids[0])
        for j in range(1, len(centroids)):
            distance = _squared_distance(point, centroids[j])
            if distance < best_distance:
                best = j
                best_distance = distance
        if labels[i] != best:
            labels[i] = best
            changed = True
    return changed


def _squared_distance(a, b):
    total = 0.0
    for x, y in zip(a, b):
        diff = x - y
        total += diff * diff
    return total
