def rainy_days_median(precipitation):
    # Bug: drops only the NaN readings, so dry days (0) count towards the median too.
    days = sorted(p for p in precipitation if p == p)
    m = len(days)
    if m == 0:
        return 0.0
    if m % 2 == 1:
        return days[m // 2]
    return (days[m // 2 - 1] + days[m // 2]) / 2.0
