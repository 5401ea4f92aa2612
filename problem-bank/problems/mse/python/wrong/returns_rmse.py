import math


def mse(y_true, y_pred):
    if not y_true:
        return math.nan
    # Bug: the square root turns the mean squared error into its root (RMSE).
    return math.sqrt(sum((t - p) * (t - p) for t, p in zip(y_true, y_pred)) / len(y_true))
