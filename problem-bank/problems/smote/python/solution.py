import heapq


def smote(minority, k, base_index, neighbor_rank, gaps):
    """Synthetic sample s = x + gaps[s] * (z - x), z the neighbor_rank[s]-th nearest other point of x."""
    n = len(minority)
    columns = [list(col) for col in zip(*minority)]
    neighbours = {}

    def nearest(i):
        # Squared distances from point i to every point, one feature at a time.
        dist = [0.0] * n
        for col, xi in zip(columns, minority[i]):
            dist = [s + (v - xi) * (v - xi) for s, v in zip(dist, col)]
        # nsmallest is stable, so equal distances keep the lower index first.
        return heapq.nsmallest(k, (j for j in range(n) if j != i), key=dist.__getitem__)

    out = []
    for b, rank, gap in zip(base_index, neighbor_rank, gaps):
        if b not in neighbours:
            neighbours[b] = nearest(b)
        x = minority[b]
        z = minority[neighbours[b][rank]]
        out.append([a + gap * (c - a) for a, c in zip(x, z)])
    return out
