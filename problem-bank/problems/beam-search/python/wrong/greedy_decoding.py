def beam_search(start_scores, transition_scores, length, beam_width):
    # The bug: keeps only the single best hypothesis at each step, whatever beam_width says.
    v = len(start_scores)
    token = min(range(v), key=lambda t: (-start_scores[t], t))
    sequence = [token]
    for _ in range(1, length):
        row = transition_scores[sequence[-1]]
        sequence.append(min(range(v), key=lambda t: (-row[t], t)))
    return sequence
