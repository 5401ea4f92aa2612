from collections import Counter


def _gini(counts, total):
    if total == 0:
        return 0.0
    return 1 - sum((c / total) ** 2 for c in counts.values())


def gini_importance(X, y, feature, threshold):
    n = len(X)
    d = len(X[0]) if n else 0
    m = len(feature)
    importance = [0.0] * d
    if n == 0 or m == 0:
        return importance
    counts = [Counter() for _ in range(m)]
    size = [0] * m
    # Route every sample once, counting its label at each node on its path.
    for row, label in zip(X, y):
        node = 0
        while True:
            counts[node][label] += 1
            size[node] += 1
            if feature[node] < 0 or 2 * node + 2 >= m:
                break
            node = 2 * node + 1 if row[feature[node]] <= threshold[node] else 2 * node + 2
    for node in range(m):
        if feature[node] < 0 or 2 * node + 2 >= m or size[node] == 0:
            continue
        left, right = 2 * node + 1, 2 * node + 2
        # The impurity decrease, weighted by the node's share of the samples.
        decrease = (size[node] * _gini(counts[node], size[node])
                    - size[left] * _gini(counts[left], size[left])
                    - size[right] * _gini(counts[right], size[right]))
        importance[feature[node]] += decrease / n
    total = sum(importance)
    if total > 0:
        importance = [v / total for v in importance]
    return importance
