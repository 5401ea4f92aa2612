def cluster(points, k, initial_centroids):
    centroids = [list(c) for c in initial_centroids]
    labels = [-1] * len(points)
    for _ in range(100):
        changed = False
        for i, p in enumerate(points):
            best, best_distance = 0, float('inf')
            for j, c in enumerate(centroids):
                d = 0.0
                for a, b in zip(p, c):
                    d += (a - b) * (a - b)
                if d < best_distance:
                    best, best_distance = j, d
            if labels[i] != best:
                labels[i] = best
                changed = True
        if not changed:
            break
        dims = len(points[0])
        sums = [[0.0] * dims for _ in range(k)]
        counts = [0] * k
        for p, label in zip(points, labels):
            counts[label] += 1
            row = sums[label]
            for x in range(dims):
                row[x] += p[x]
        for j in range(k):
            if counts[j]:
                centroids[j] = [s / counts[j] for s in sums[j]]
    return labels
