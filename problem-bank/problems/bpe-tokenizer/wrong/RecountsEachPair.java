import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static String[] bpeEncode(String[] corpus, int merges, String word) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int n = corpus.length;
        int[][] words = new int[n][];
        int[] lengths = new int[n];
        for (int w = 0; w < n; w++) {
            words[w] = new int[corpus[w].length()];
            for (int i = 0; i < words[w].length; i++) words[w][i] = id(String.valueOf(corpus[w].charAt(i)), ids, names);
            lengths[w] = words[w].length;
        }
        int size = names.size() + Math.max(merges, 0);
        List<String[]> learned = new ArrayList<>();
        for (int round = 0; round < merges; round++) {
            boolean[] counted = new boolean[size * size];
            long best = 0;
            int bestLeft = -1, bestRight = -1;
            for (int w = 0; w < n; w++) {
                for (int i = 0; i + 1 < lengths[w]; i++) {
                    int a = words[w][i], b = words[w][i + 1];
                    if (counted[a * size + b]) continue;
                    counted[a * size + b] = true;
                    long c = 0;
                    for (int v = 0; v < n; v++)
                        for (int j = 0; j + 1 < lengths[v]; j++)
                            if (words[v][j] == a && words[v][j + 1] == b) c++;
                    if (c > best || (c == best && before(names.get(a), names.get(b), names.get(bestLeft), names.get(bestRight)))) {
                        best = c;
                        bestLeft = a;
                        bestRight = b;
                    }
                }
            }
            if (best == 0) break;
            int merged = id(names.get(bestLeft) + names.get(bestRight), ids, names);
            learned.add(new String[] { names.get(bestLeft), names.get(bestRight) });
            for (int w = 0; w < n; w++) {
                int out = 0;
                for (int i = 0; i < lengths[w];) {
                    if (i + 1 < lengths[w] && words[w][i] == bestLeft && words[w][i + 1] == bestRight) {
                        words[w][out++] = merged;
                        i += 2;
                    } else {
                        words[w][out++] = words[w][i++];
                    }
                }
                lengths[w] = out;
            }
        }
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) symbols.add(String.valueOf(word.charAt(i)));
        for (String[] m : learned) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < symbols.size();) {
                if (i + 1 < symbols.size() && symbols.get(i).equals(m[0]) && symbols.get(i + 1).equals(m[1])) {
                    next.add(m[0] + m[1]);
                    i += 2;
                } else {
                    next.add(symbols.get(i++));
                }
            }
            symbols = next;
        }
        return symbols.toArray(new String[0]);
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
