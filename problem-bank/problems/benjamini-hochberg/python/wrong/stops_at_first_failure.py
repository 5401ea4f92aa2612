def benjamini_hochberg(p_values, q):
    m = len(p_values)
    ordered = sorted(p_values)
    cutoff = -1.0
    # The bug: walks up from the smallest p-value and stops at the first one over its
    # threshold (step-down), missing a larger rank that passes.
    for k in range(1, m + 1):
        if ordered[k - 1] > k * q / m:
            break
        cutoff = ordered[k - 1]
    return [p <= cutoff for p in p_values]
