from collections import Counter


def _merge(symbols, left, right):
    out = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe_encode(corpus, merges, word):
    # The bug: every distinct word counts once, whatever its frequency in the corpus.
    words = [[list(w), 1] for w in dict.fromkeys(corpus)]
    learned = []
    for _ in range(merges):
        pairs = Counter()
        for symbols, count in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += count
        if not pairs:
            break
        best = max(pairs.values())
        # Ties go to the smallest (left, right) pair.
        left, right = min(pair for pair, count in pairs.items() if count == best)
        learned.append((left, right))
        for entry in words:
            entry[0] = _merge(entry[0], left, right)
    # Encoding replays the merges in the order they were learned.
    symbols = list(word)
    for left, right in learned:
        symbols = _merge(symbols, left, right)
    return symbols
