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
        m, t = len(members), seats[label]
        chosen.extend(members[q * m // t] for q in range(t))
    chosen.sort()
    return chosen
