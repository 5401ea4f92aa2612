import math


def softmax_rows(logits, log):
    out = []
    for z in logits:
        top = max(z)
        shifted = [v - top for v in z]
        total = sum(math.exp(s) for s in shifted)
        if log:
            log_total = math.log(total)
            # Bug: the sum was taken of shifted exponentials, but the shift is not subtracted here.
            out.append([v - log_total for v in z])
        else:
            out.append([math.exp(s) / total for s in shifted])
    return out
