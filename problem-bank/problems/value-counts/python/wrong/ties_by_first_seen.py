from collections import Counter


def value_counts(values):
    # Bug: most_common orders equal counts by first appearance, not by value.
    return [[value, str(count)] for value, count in Counter(values).most_common()]
