from collections import Counter


def precision_recall_f1(y_true, y_pred):
    pairs = Counter(zip(y_true, y_pred))
    tp = pairs[(1, 1)]
    fp = sum(count for (truth, guess), count in pairs.items() if guess == 1 and truth != 1)
    fn = sum(count for (truth, guess), count in pairs.items() if truth == 1 and guess != 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    # Bug: F1 is the harmonic mean of precision and recall, not the arithmetic one.
    return [precision, recall, (precision + recall) / 2]
