def search(values, next, head, target):
    position = 0
    node = head
    while node != -1:
        if values[node] == target:
            return position
        node = next[node]
        position += 1
    return -1
