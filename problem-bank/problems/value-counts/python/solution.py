from collections import Counter


def value_counts(values):
    """[value, count as text] rows, most frequent first, ties by the value itself."""
    counts = Counter(values)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[value, str(count)] for value, count in ranked]
