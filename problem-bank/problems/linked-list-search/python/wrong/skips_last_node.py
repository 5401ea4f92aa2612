def search(values, next, head, target):
    if head == -1:
        return -1
    position = 0
    node = head
    # Bug: stops when the node has no successor, so the tail is never compared.
    while next[node] != -1:
        if values[node] == target:
            return position
        node = next[node]
        position += 1
    return -1
