def max_pool(x, size, stride):
    h = len(x)
    w = len(x[0]) if h else 0
    if h < size or w < size:
        return []
    out = []
    for r0 in range(0, h - size + 1, stride):
        row = []
        for c0 in range(0, w - size + 1, stride):
            # Bug: starting from 0 is wrong when every value of the window is negative.
            best = 0.0
            for a in range(size):
                for b in range(size):
                    best = max(best, x[r0 + a][c0 + b])
            row.append(best)
        out.append(row)
    return out
