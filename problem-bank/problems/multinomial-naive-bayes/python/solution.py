import math
from functools import reduce
from operator import add, mul


def predict(train_counts, train_y, test_counts, alpha):
    n = len(train_counts)
    vocabulary = len(train_counts[0])
    classes = max(train_y) + 1
    by_class = [[] for _ in range(classes)]
    for counts, label in zip(train_counts, train_y):
        by_class[label].append(counts)
    # Smoothed log-probabilities, computed once per (class, word).
    log_priors = []
    log_thetas = []
    for docs in by_class:
        word_totals = [sum(column) for column in zip(*docs)] if docs else [0] * vocabulary
        log_priors.append(math.log(len(docs) / n) if docs else -math.inf)
        denominator = math.log(sum(word_totals) + alpha * vocabulary)
        log_thetas.append([math.log(total + alpha) - denominator for total in word_totals])
    predictions = []
    for counts in test_counts:
        # Added left to right like the reference, so equal scores stay equal; ties go to the lower class.
        scores = [reduce(add, map(mul, counts, theta), prior) for prior, theta in zip(log_priors, log_thetas)]
        predictions.append(scores.index(max(scores)))
    return predictions
