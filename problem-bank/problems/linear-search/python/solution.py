def linear_search(a, target):
    for i, value in enumerate(a):
        if value == target:
            return i
    return -1
