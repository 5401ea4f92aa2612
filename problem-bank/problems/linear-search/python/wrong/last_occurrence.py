def linear_search(a, target):
    found = -1
    for i, value in enumerate(a):
        # Bug: keeps scanning, so a later duplicate overwrites the first match.
        if value == target:
            found = i
    return found
