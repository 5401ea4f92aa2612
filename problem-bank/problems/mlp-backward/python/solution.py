import math
from itertools import repeat


def mlp_gradients(X, y, W1, b1, W2, b2):
    n = len(X)
    dot = math.sumprod
    # Forward pass for the whole batch, one dot product per unit and sample.
    pre = [[dot(w, x) + b for w, b in zip(W1, b1)] for x in X]
    act = [[a if a > 0 else 0.0 for a in row] for row in pre]
    # dLoss/dlogits = (softmax - onehot) / n for the mean cross-entropy.
    d_logits = []
    for a, label in zip(act, y):
        logits = [dot(w, a) + b for w, b in zip(W2, b2)]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        d_logits.append([(e / total - (k == label)) / n for k, e in enumerate(exps)])
    # Back through W2 and the ReLU: the gradient passes only where the pre-activation was positive.
    w2_cols = [list(col) for col in zip(*W2)]
    d_pre = [[dot(g, col) if p > 0 else 0.0 for col, p in zip(w2_cols, pre_row)] for g, pre_row in zip(d_logits, pre)]
    # Weight gradients sum over the batch: entry (j, i) is a dot product of two columns.
    x_cols = [list(col) for col in zip(*X)]
    act_cols = [list(col) for col in zip(*act)]
    d_pre_cols = [list(col) for col in zip(*d_pre)]
    d_logit_cols = [list(col) for col in zip(*d_logits)]
    dW1 = [list(map(dot, repeat(g), x_cols)) for g in d_pre_cols]
    db1 = [sum(g) for g in d_pre_cols]
    dW2 = [list(map(dot, repeat(g), act_cols)) for g in d_logit_cols]
    db2 = [sum(g) for g in d_logit_cols]
    return dW1 + [db1] + dW2 + [db2]
