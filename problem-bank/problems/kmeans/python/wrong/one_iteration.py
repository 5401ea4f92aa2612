def cluster(points, k, initial_centroids):
    # The bug: one assignment to the starting centroids, and the centroids never move.
    labels = []
    for point in points:
        best = 0
        best_distance = float("inf")
        for j in range(k):
            distance = 0.0
            for x, c in zip(point, initial_centroids[j]):
                distance += (x - c) ** 2
            if distance < best_distance:
                best = j
                best_distance = distance
        labels.append(best)
    return labels
