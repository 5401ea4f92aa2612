public class Solution {
    public static double[] rankingMetrics(int[][] ranked, int[][] relevant, int k) {
        // TODO: mean NDCG@k, MRR@k and MAP@k over the queries with relevant documents
        return new double[3];
    }
}
