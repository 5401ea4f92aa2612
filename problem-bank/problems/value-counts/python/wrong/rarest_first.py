from collections import Counter


def value_counts(values):
    # Bug: sorts by ascending count, so the rarest value comes first.
    counts = Counter(values)
    return [[value, str(count)] for value, count in sorted(counts.items(), key=lambda item: item[1])]
