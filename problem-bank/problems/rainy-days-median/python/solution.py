def rainy_days_median(precipitation):
    # p > 0 leaves out dry days and NaN readings alike (every comparison with NaN is false).
    rainy = sorted(p for p in precipitation if p > 0)
    m = len(rainy)
    if m == 0:
        return 0.0
    if m % 2 == 1:
        return rainy[m // 2]
    return (rainy[m // 2 - 1] + rainy[m // 2]) / 2.0
