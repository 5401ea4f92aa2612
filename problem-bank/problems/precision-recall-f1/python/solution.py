from collections import Counter


def precision_recall_f1(y_true, y_pred):
    pairs = Counter(zip(y_true, y_pred))
    tp = pairs[(1, 1)]
    fp = sum(count for (truth, guess), count in pairs.items() if guess == 1 and truth != 1)
    fn = sum(count for (truth, guess), count in pairs.items() if truth == 1 and guess != 1)
    # An empty denominator means there is nothing to be wrong about: report 0, not NaN.
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [precision, recall, f1]
