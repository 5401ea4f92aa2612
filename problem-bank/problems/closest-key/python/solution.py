def closest_keys(keys, lists, queries):
    # value -> (its smallest position in any list, the key of that list)
    best = {}
    for key, values in zip(keys, lists):
        for position, value in enumerate(values):
            seen = best.get(value)
            # Strictly nearer only: on a tie the earlier key keeps the value.
            if seen is None or position < seen[0]:
                best[value] = (position, key)
    return [best[q][1] if q in best else "" for q in queries]
