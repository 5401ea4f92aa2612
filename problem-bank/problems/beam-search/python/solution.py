import heapq


def _top(scores, count, k):
    """Indices of the k best scores, best first; an equal score prefers the lower index."""
    return heapq.nsmallest(k, range(count), key=lambda c: (-scores[c], c))


def beam_search(start_scores, transition_scores, length, beam_width):
    v = len(start_scores)
    picked = _top(start_scores, v, min(beam_width, v))
    sequences = [[token] for token in picked]
    scores = [start_scores[token] for token in picked]
    for _ in range(1, length):
        # Candidate b * v + t extends beam b with token t, scored by the whole sequence.
        candidates = []
        for sequence, score in zip(sequences, scores):
            row = transition_scores[sequence[-1]]
            candidates.extend(score + s for s in row)
        picked = _top(candidates, len(candidates), min(beam_width, len(candidates)))
        sequences = [sequences[c // v] + [c % v] for c in picked]
        scores = [candidates[c] for c in picked]
    return sequences[0]
