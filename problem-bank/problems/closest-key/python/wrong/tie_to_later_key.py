def closest_keys(keys, lists, queries):
    best = {}
    for key, values in zip(keys, lists):
        for position, value in enumerate(values):
            seen = best.get(value)
            # The bug: an equal position replaces the stored key, so the later key wins a tie.
            if seen is None or position <= seen[0]:
                best[value] = (position, key)
    return [best[q][1] if q in best else "" for q in queries]
