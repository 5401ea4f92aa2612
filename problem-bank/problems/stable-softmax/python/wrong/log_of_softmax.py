import math


def softmax_rows(logits, log):
    out = []
    for z in logits:
        top = max(z)
        shifted = [v - top for v in z]
        total = sum(math.exp(s) for s in shifted)
        probabilities = [math.exp(s) / total for s in shifted]
        # Bug: a probability that underflowed to 0 has no logarithm (Python raises where Java gives -Infinity).
        out.append([math.log(p) for p in probabilities] if log else probabilities)
    return out
