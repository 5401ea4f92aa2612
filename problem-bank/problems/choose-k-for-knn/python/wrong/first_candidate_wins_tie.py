import heapq


def choose_k(train_x, train_y, val_x, val_y, candidates):
    n = len(train_x)
    max_k = max(candidates)
    correct = [0] * len(candidates)
    for point, truth in zip(val_x, val_y):
        dist = []
        for row in train_x:
            s = 0.0
            for a, b in zip(row, point):
                d = a - b
                s += d * d
            dist.append(s)
        # The max_k nearest in (distance, index) order serve every candidate k at once.
        nearest = heapq.nsmallest(min(max_k, n), range(n), key=lambda i: (dist[i], i))
        votes = {}
        best = None
        prediction = [None] * (max_k + 1)
        for k, i in enumerate(nearest, start=1):
            label = train_y[i]
            votes[label] = votes.get(label, 0) + 1
            # A vote tie goes to the smaller label.
            if best is None or votes[label] > votes[best] or (votes[label] == votes[best] and label < best):
                best = label
            prediction[k] = best
        for c, k in enumerate(candidates):
            if prediction[k] == truth:
                correct[c] += 1
    # The bug: on equal accuracy the candidate listed first wins, not the smallest k.
    best = 0
    for c in range(1, len(candidates)):
        if correct[c] > correct[best]:
            best = c
    return candidates[best]
