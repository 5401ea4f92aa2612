import string
from collections import deque


def shortest_transformation(begin_word, end_word, word_list):
    """Number of words in the shortest chain from begin_word to end_word (0 if there is none)."""
    unvisited = set(word_list)
    if end_word not in unvisited:
        return 0
    unvisited.discard(begin_word)
    # A changed letter that occurs in no listed word cannot make a listed word: skip those letters.
    letters = sorted(set(string.ascii_lowercase) & set("".join(unvisited)))
    queue = deque([begin_word])
    words = 1
    while queue:
        for _ in range(len(queue)):
            word = queue.popleft()
            for i, original in enumerate(word):
                prefix, suffix = word[:i], word[i + 1:]
                for letter in letters:
                    if letter == original:
                        continue
                    candidate = prefix + letter + suffix
                    if candidate in unvisited:
                        if candidate == end_word:
                            return words + 1
                        unvisited.remove(candidate)
                        queue.append(candidate)
        words += 1
    return 0
