import heapq
from collections import Counter


def _nearest(train_x, query, k):
    """Indexes of the k nearest rows, nearest first; the lower index wins an equal distance."""
    distances = []
    for row in train_x:
        distance = 0.0
        for a, b in zip(row, query):
            diff = a - b
            distance += diff * diff
        distances.append(distance)
    return heapq.nsmallest(k, range(len(train_x)), key=lambda i: (distances[i], i))


def predict(train_x, train_y, test_x, k):
    predictions = []
    for query in test_x:
        votes = Counter(train_y[i] for i in _nearest(train_x, query, k))
        # The most frequent label; the smallest label on equal counts.
        predictions.append(min(votes, key=lambda label: (-votes[label], label)))
    return predictions
