def benjamini_hochberg(p_values, q):
    m = len(p_values)
    ordered = sorted(p_values)
    # Step-up: the largest rank k with p(k) <= k q / m sets the cutoff, even if smaller ranks fail.
    cutoff = -1.0
    for k in range(m, 0, -1):
        if ordered[k - 1] <= k * q / m:
            cutoff = ordered[k - 1]
            break
    return [p <= cutoff for p in p_values]
