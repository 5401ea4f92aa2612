def confusion_matrix(actual, predicted, num_classes):
    matrix = [[0] * num_classes for _ in range(num_classes)]
    for truth, guess in zip(actual, predicted):
        matrix[truth][guess] += 1
    return matrix
