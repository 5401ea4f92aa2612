import math


def softmax_rows(logits, log):
    """Softmax (or log-softmax) of each row, shifted by the row maximum so nothing overflows."""
    out = []
    for z in logits:
        top = max(z)
        shifted = [v - top for v in z]
        total = sum(math.exp(s) for s in shifted)
        if log:
            # Never the log of a probability: one that underflowed to 0 would become -inf.
            log_total = math.log(total)
            out.append([s - log_total for s in shifted])
        else:
            out.append([math.exp(s) / total for s in shifted])
    return out
