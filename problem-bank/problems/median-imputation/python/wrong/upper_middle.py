def impute(X):
    if not X:
        return []
    medians = []
    for column in zip(*X):
        present = sorted([v for v in column if v == v])
        # Bug: for an even count the median is the mean of the two middle values, not the upper one.
        medians.append(present[len(present) // 2] if present else 0.0)
    return [[v if v == v else median for v, median in zip(row, medians)] for row in X]
