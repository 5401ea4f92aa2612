def impute(X):
    if not X:
        return []
    medians = []
    for column in zip(*X):
        present = sorted([v for v in column if v == v])  # NaN is the one value unequal to itself
        m = len(present)
        if m == 0:
            medians.append(0.0)
        elif m % 2 == 1:
            medians.append(present[m // 2])
        else:
            medians.append((present[m // 2 - 1] + present[m // 2]) / 2.0)
    return [[v if v == v else median for v, median in zip(row, medians)] for row in X]
