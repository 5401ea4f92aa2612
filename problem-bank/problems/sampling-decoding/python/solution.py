import bisect
import math
from itertools import accumulate


def sample_tokens(logits, temperature, top_k, top_p, draws):
    """One token per row: greedy at temperature 0, else top-k, then top-p, then inverse-CDF on the draw."""
    chosen = []
    for z, u in zip(logits, draws):
        v = len(z)
        if temperature == 0:
            # max keeps the first of equal logits: the lowest id.
            chosen.append(max(range(v), key=z.__getitem__))
            continue
        top = max(z)
        weights = [math.exp((x - top) / temperature) for x in z]
        # accumulate adds left to right like a loop; the ids are exact, so is the rounding.
        total = list(accumulate(weights))[-1]
        p = [w / total for w in weights]
        # sorted is stable even with reverse=True, so equal probabilities keep the lower id first.
        order = sorted(range(v), key=p.__getitem__, reverse=True)
        kept = order[:top_k] if top_k > 0 else order
        kept_mass = list(accumulate(p[j] for j in kept))[-1]
        # Nucleus: the shortest prefix whose mass, renormalised over the top-k, reaches top_p.
        reached = list(accumulate(p[j] / kept_mass for j in kept))
        nucleus = kept[:bisect.bisect_left(reached, top_p) + 1]
        nucleus_mass = list(accumulate(p[j] for j in nucleus))[-1]
        # Inverse CDF: the first survivor whose running probability exceeds the draw.
        cdf = list(accumulate(p[j] / nucleus_mass for j in nucleus))
        chosen.append(nucleus[min(bisect.bisect_right(cdf, u), len(nucleus) - 1)])
    return chosen
