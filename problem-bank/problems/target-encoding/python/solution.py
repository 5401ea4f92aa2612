def target_encode(categories, target, smoothing):
    """Each row gets (sum_c + m * global mean) / (count_c + m) for its category c."""
    n = len(categories)
    if n == 0:
        return []
    global_mean = sum(target) / n
    sums, counts = {}, {}
    for category, y in zip(categories, target):
        sums[category] = sums.get(category, 0.0) + y
        counts[category] = counts.get(category, 0) + 1
    prior = smoothing * global_mean
    encoding = {c: (sums[c] + prior) / (counts[c] + smoothing) for c in sums}
    return [encoding[c] for c in categories]
