import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class Solution {
    public static String[] bpeEncode(String[] corpus, int merges, String word) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        // Training only needs each distinct word once, weighted by how often it occurs.
        Map<String, Integer> frequency = new HashMap<>();
        for (String w : corpus) frequency.merge(w, 1, Integer::sum);
        int u = frequency.size();
        int[][] words = new int[u][];
        int[] lengths = new int[u];
        long[] weights = new long[u];
        int next = 0;
        for (Map.Entry<String, Integer> e : frequency.entrySet()) {
            String w = e.getKey();
            int[] symbols = new int[w.length()];
            for (int i = 0; i < symbols.length; i++) symbols[i] = id(String.valueOf(w.charAt(i)), ids, names);
            words[next] = symbols;
            lengths[next] = symbols.length;
            weights[next] = e.getValue();
            next++;
        }
        // Every merge adds at most one symbol, so pair counts fit a square table.
        int size = names.size() + Math.max(merges, 0);
        long[] pairCounts = new long[size * size];
        List<String[]> learned = new ArrayList<>();
        for (int round = 0; round < merges; round++) {
            Arrays.fill(pairCounts, 0);
            for (int w = 0; w < u; w++) {
                int[] s = words[w];
                for (int i = 0; i + 1 < lengths[w]; i++) pairCounts[s[i] * size + s[i + 1]] += weights[w];
            }
            long best = 0;
            int bestLeft = -1, bestRight = -1;
            for (int w = 0; w < u; w++) {
                int[] s = words[w];
                for (int i = 0; i + 1 < lengths[w]; i++) {
                    int a = s[i], b = s[i + 1];
                    long c = pairCounts[a * size + b];
                    if (c > best || (c == best && (a != bestLeft || b != bestRight)
                            && before(names.get(a), names.get(b), names.get(bestLeft), names.get(bestRight)))) {
                        best = c;
                        bestLeft = a;
                        bestRight = b;
                    }
                }
            }
            if (best == 0) break;
            String left = names.get(bestLeft), right = names.get(bestRight);
            int merged = id(left + right, ids, names);
            learned.add(new String[] { left, right });
            for (int w = 0; w < u; w++) {
                int[] s = words[w];
                int out = 0;
                for (int i = 0; i < lengths[w];) {
                    if (i + 1 < lengths[w] && s[i] == bestLeft && s[i + 1] == bestRight) {
                        s[out++] = merged;
                        i += 2;
                    } else {
                        s[out++] = s[i++];
                    }
                }
                lengths[w] = out;
            }
        }
        return encode(word, learned);
    }

    private static String[] encode(String word, List<String[]> learned) {
        // Longest learned token at each position.
        Set<String> vocabulary = new HashSet<>();
        for (String[] m : learned) vocabulary.add(m[0] + m[1]);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            int end = i + 1;
            for (int j = word.length(); j > i + 1; j--) {
                if (vocabulary.contains(word.substring(i, j))) {
                    end = j;
                    break;
                }
            }
            out.add(word.substring(i, end));
            i = end;
        }
        return out.toArray(new String[0]);
    }

    private static boolean before(String a, String b, String bestA, String bestB) {
        int c = a.compareTo(bestA);
        return c < 0 || (c == 0 && b.compareTo(bestB) < 0);
    }

    private static int id(String name, Map<String, Integer> ids, List<String> names) {
        Integer id = ids.get(name);
        if (id != null) return id;
        ids.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }
}
